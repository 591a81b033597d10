/** Link schemes an editor may use; `javascript:` and `data:` never render as links. */
export const SAFE_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel']
