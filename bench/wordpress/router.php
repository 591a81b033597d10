<?php
/**
 * Router for `php -S 127.0.0.1:8480 -t /usr/share/wordpress bench/wordpress/router.php`:
 * what Debian's examples/apache.conf does for Apache, for PHP's built-in server.
 *
 * - /wp-content/ comes from /var/lib/wordpress/wp-content (Debian's `Alias /wp-content`).
 * - Static files are sent gzip-compressed when the browser asks, as Apache's mod_deflate does
 *   (enabled by default on Debian), with a long cache lifetime: the built-in server sends neither,
 *   and Lighthouse would otherwise charge WordPress for our server choice, not for WordPress.
 * - Everything else goes to index.php (WordPress's pretty permalinks, the .htaccess rewrite).
 */
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (str_contains($path, '..')) {
    http_response_code(400);
    return true;
}

$types = [
    'css' => 'text/css; charset=UTF-8', 'js' => 'application/javascript; charset=UTF-8',
    'svg' => 'image/svg+xml', 'json' => 'application/json', 'png' => 'image/png',
    'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'webp' => 'image/webp', 'gif' => 'image/gif',
    'woff2' => 'font/woff2', 'woff' => 'font/woff', 'ico' => 'image/x-icon', 'txt' => 'text/plain',
];
$compressible = ['css', 'js', 'svg', 'json', 'txt'];

$file = str_starts_with($path, '/wp-content/')
    ? '/var/lib/wordpress' . $path
    : $_SERVER['DOCUMENT_ROOT'] . $path;

if (is_file($file) && !str_ends_with($file, '.php')) {
    $extension = strtolower(pathinfo($file, PATHINFO_EXTENSION));
    header('Content-Type: ' . ($types[$extension] ?? 'application/octet-stream'));
    header('Cache-Control: public, max-age=31536000');
    header('Last-Modified: ' . gmdate('D, d M Y H:i:s', filemtime($file)) . ' GMT');
    $body = file_get_contents($file);
    if (in_array($extension, $compressible, true) && str_contains($_SERVER['HTTP_ACCEPT_ENCODING'] ?? '', 'gzip')) {
        header('Content-Encoding: gzip');
        header('Vary: Accept-Encoding');
        $body = gzencode($body, 6);
    }
    header('Content-Length: ' . strlen($body));
    echo $body;
    return true;
}

// PHP pages: compressed like mod_deflate would.
ini_set('zlib.output_compression', '1');
if (is_file($file) && str_ends_with($file, '.php')) {
    chdir(dirname($file));
    $_SERVER['SCRIPT_NAME'] = $path;
    $_SERVER['SCRIPT_FILENAME'] = $file;
    $_SERVER['PHP_SELF'] = $path;
    require $file;
    return true;
}
if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) {
    chdir(rtrim($file, '/'));
    require rtrim($file, '/') . '/index.php';
    return true;
}
// The built-in server sets PATH_INFO to the whole path, which WordPress would read as /index.php/<path>.
unset($_SERVER['PATH_INFO'], $_SERVER['ORIG_PATH_INFO']);
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
chdir($_SERVER['DOCUMENT_ROOT']);
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
return true;
