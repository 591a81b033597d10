<?php
/**
 * php bench/wordpress/seed-post.php <post.json>
 *
 * Creates (or updates, when its slug exists) the baseline post through WordPress's own API,
 * with its featured image, and sets pretty permalinks. Run after the installer. Prints the
 * post's permalink. The JSON: {slug, title, excerpt, content, image: {path, alt}}.
 */
$_SERVER['HTTP_HOST'] = '127.0.0.1'; // Debian's wp-config.php picks /etc/wordpress/config-127.0.0.1.php
$_SERVER['REQUEST_METHOD'] = 'GET';
define('WP_ADMIN', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';

$post = json_decode(file_get_contents($argv[1]), true, 16, JSON_THROW_ON_ERROR);

global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/'); // also re-initialises the rules' patterns
update_option('blogdescription', 'Addiction treatment for the whole family');
flush_rewrite_rules(false);

$admin = get_user_by('login', 'admin');
$fields = [
    'post_name' => $post['slug'],
    'post_title' => $post['title'],
    'post_excerpt' => $post['excerpt'],
    'post_content' => $post['content'],
    'post_status' => 'publish',
    'post_type' => 'post',
    'post_author' => $admin ? $admin->ID : 1,
];
$existing = get_page_by_path($post['slug'], OBJECT, 'post');
if ($existing) {
    $fields['ID'] = $existing->ID;
    $id = wp_update_post($fields, true);
} else {
    $id = wp_insert_post($fields, true);
}
if (is_wp_error($id)) {
    fwrite(STDERR, $id->get_error_message() . "\n");
    exit(1);
}

if (!has_post_thumbnail($id)) {
    // A copy, because sideloading moves the file into uploads/.
    $copy = wp_tempnam(basename($post['image']['path']));
    copy($post['image']['path'], $copy);
    $attachment = media_handle_sideload(['name' => basename($post['image']['path']), 'tmp_name' => $copy], $id);
    if (is_wp_error($attachment)) {
        fwrite(STDERR, $attachment->get_error_message() . "\n");
        exit(1);
    }
    update_post_meta($attachment, '_wp_attachment_image_alt', $post['image']['alt']);
    set_post_thumbnail($id, $attachment);
}

echo get_permalink($id), "\n";
