import { handleContactGet, handleContactPost } from '@/lib/inquiries'

/** The contact pipeline over HTTP (JSON or form-encoded); see lib/inquiries/http.ts and the README. */
export async function POST(request: Request): Promise<Response> {
  return handleContactPost(request)
}

/** A fresh signed fill-time token for API clients. */
export async function GET(): Promise<Response> {
  return handleContactGet()
}
