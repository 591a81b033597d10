import 'server-only'
import { inquiryConfig, type InquiryConfig } from '@/lib/inquiries/config'
import { inquiryKeys, type InquiryKeys } from '@/lib/inquiries/keys'
import { inquiryStore, type InquiryStore } from '@/lib/inquiries/store'
import { staffStore } from '@/lib/staff/store'
import type { StaffStore } from '@/lib/staff/store/types'

/** What the inbox works with: the process's stores, key ring and configuration. */
export type InboxDeps = { config: InquiryConfig; keys: InquiryKeys; inquiries: InquiryStore; staff: StaffStore }

export function inboxDeps(): InboxDeps {
  const config = inquiryConfig()
  return { config, keys: inquiryKeys(config), inquiries: inquiryStore(config), staff: staffStore() }
}

/** Staff names by id, for assignees, activity and the audit log (removed staff keep their name). */
export async function staffNames(staff: StaffStore): Promise<Map<string, string>> {
  return new Map((await staff.listUsers()).map((user) => [user.id, user.name]))
}
