import { staffForRoute } from '@/lib/staff'
import { exportInquiriesCsv, InboxInputError } from '@/lib/staff/inbox'

export const dynamic = 'force-dynamic'

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/** Admins only; a plain 401/403 otherwise (the guard's). The file is never cached anywhere. */
export async function GET(request: Request): Promise<Response> {
  const staff = await staffForRoute(request, 'admin')
  if (staff instanceof Response) return staff
  const status = new URL(request.url).searchParams.get('status') ?? undefined
  try {
    const exported = await exportInquiriesCsv(staff, { status: status?.slice(0, 32) })
    // A byte-order mark so Excel reads the file as UTF-8 (names with accents stay intact).
    return new Response(`\uFEFF${exported.csv}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exported.filename}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch (error) {
    if (error instanceof InboxInputError) return plain(400, error.message)
    throw error
  }
}
