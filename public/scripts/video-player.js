// Click-to-load video player (components/video/VideoPlayer.tsx): until the visitor presses play,
// nothing is requested from the video host. Pressing play puts the host's player in place of
// the button and moves keyboard focus to it. Plain JavaScript, no framework: video pages are
// served as documents without Next.js's runtime (lib/cache/documentOnly.mjs).
document.addEventListener('click', function (event) {
  var button = event.target instanceof Element ? event.target.closest('button[data-embed-url]') : null
  if (!button) return
  var frame = document.createElement('iframe')
  frame.src = button.getAttribute('data-embed-url')
  frame.title = button.getAttribute('data-frame-title')
  frame.className = button.getAttribute('data-frame-class')
  frame.setAttribute('allow', 'autoplay; encrypted-media; picture-in-picture; fullscreen')
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
  // Hidden rather than removed: in an editor's preview React still owns the button.
  button.style.display = 'none'
  button.before(frame)
  frame.focus()
})
