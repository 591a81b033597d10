import type { StructureResolver } from 'sanity/structure'

/** The one settings document; the Studio opens it directly and never offers a second one. */
export const SETTINGS_DOCUMENT_ID = 'siteSettings'
export const SINGLETON_TYPES = new Set(['settings'])

/** The editor's sidebar: content first, the Settings singleton at the end. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.documentTypeListItem('post').title('Posts'),
      S.documentTypeListItem('treatment').title('Treatments'),
      S.documentTypeListItem('video').title('Videos'),
      S.documentTypeListItem('person').title('People'),
      S.documentTypeListItem('category').title('Categories'),
      S.documentTypeListItem('redirect').title('Redirects'),
      S.divider(),
      S.listItem()
        .title('Settings')
        .id(SETTINGS_DOCUMENT_ID)
        .schemaType('settings')
        .child(S.document().schemaType('settings').documentId(SETTINGS_DOCUMENT_ID).title('Site settings')),
    ])
