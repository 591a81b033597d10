/** @jest-environment jsdom */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { ContactForm } from '@/components/contact-form/ContactForm'
import type { ContactFormState } from '@/lib/inquiries/formState'

/**
 * The contact form as /contact serves it: the server-rendered markup, no React in the browser,
 * and the form's own built script (public/scripts/contact-form.js) run on it as a browser
 * would. fetch is the network's edge here; the browser tests (tests/e2e/contact-form.test.ts)
 * send for real.
 */
const initialState: ContactFormState = {
  status: 'editing',
  errors: {},
  values: {},
  formToken: 'token-1',
  idempotencyKey: 'key-1',
  attempt: 0,
}

const SCRIPT = readFileSync(path.join(__dirname, '../../../../public/scripts/contact-form.js'), 'utf8')

function markup(state: ContactFormState = initialState) {
  return renderToString(
    <ContactForm
      action={jest.fn()}
      initialState={state}
      minFillMs="0"
      privacyHref="/privacy"
      clinicName="Harbor Light"
      clinicPhone="(555) 555-0100"
    />,
  )
}

/** The page as served, with its script run once. */
function servePage(state?: ContactFormState) {
  document.body.innerHTML = markup(state)
  new Function(SCRIPT)()
}

function fillValid() {
  fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ann' } })
  fireEvent.change(screen.getByLabelText('Phone number'), { target: { value: '(555) 555-0142' } })
  fireEvent.click(screen.getByLabelText('A text message'))
  fireEvent.click(screen.getByLabelText(/I have read the privacy notice/))
}

/** What fetch resolves with (jsdom has no Response). */
const answer = (status: number, body: unknown, url = 'http://localhost/api/contact') =>
  ({ ok: status < 300, status, redirected: false, url, json: async () => body }) as Response

const send = () => fireEvent.submit(document.getElementById('contact-form')!)
const summary = () => screen.getByRole('group', { name: /Please check|has not been sent/ })
const fetchCalls = () => jest.mocked(global.fetch).mock.calls.map(([url, init]) => [String(url), init?.method ?? 'GET'])

beforeEach(() => {
  global.fetch = jest.fn()
})
// jsdom lays nothing out, so it has no scrolling.
beforeAll(() => {
  Element.prototype.scrollIntoView = jest.fn()
})

describe('the contact form with its script', () => {
  it('stops an invalid send before the server, lists the problems, focuses the summary and says so', async () => {
    servePage()
    send()
    await waitFor(() => expect(document.activeElement).toBe(summary()))
    expect(global.fetch).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('Your request has not been sent yet. 3 things need your attention.')
    const name = screen.getByLabelText('Your name')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAttribute('aria-describedby', 'contact-name-hint contact-name-error')
    expect(document.getElementById('contact-name-error')).toHaveTextContent('Error: Please tell us your name')
    expect(screen.getByLabelText(/I have read the privacy notice/)).toHaveAttribute('aria-describedby', 'contact-consent-error')
    // A summary link moves focus to its field.
    fireEvent.click(screen.getByRole('link', { name: /tell us your name/ }))
    expect(document.activeElement).toBe(name)
  })

  it('marks a radio group invalid on the group, not on its radios, when the server says so', async () => {
    jest.mocked(global.fetch).mockResolvedValue(answer(400, { errors: { bestTime: 'Please choose one of the options offered.' } }))
    servePage()
    fillValid()
    send()
    const group = await screen.findByRole('radiogroup', { name: 'When is the best time to call? (optional)', hidden: false })
    await waitFor(() => expect(group).toHaveAttribute('aria-invalid', 'true'))
    expect(group).toHaveAttribute('aria-describedby', 'contact-bestTime-hint contact-bestTime-error')
    expect(document.getElementById('contact-bestTime-error')).toHaveTextContent('Error: Please choose one of the options offered.')
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('radiogroup', { name: 'Who needs help? (optional)' })).not.toHaveAttribute('aria-invalid')
    expect(document.activeElement).toBe(summary())
    expect(screen.getByRole('status')).toHaveTextContent('One thing needs your attention.')
  })

  it('sends the fields with the hidden token and idempotency key to the API', async () => {
    jest.mocked(global.fetch).mockResolvedValue(answer(201, { reference: 'HL-2' }))
    servePage()
    fillValid()
    send()
    await waitFor(() => expect(global.fetch).toHaveBeenCalled())
    expect(fetchCalls()).toEqual([['/api/contact', 'POST']])
    const body = JSON.parse(jest.mocked(global.fetch).mock.calls[0][1]!.body as string)
    expect(body).toEqual({
      name: 'Ann',
      phone: '(555) 555-0142',
      preferredContact: 'text',
      consent: 'yes',
      idempotencyKey: 'key-1',
      formToken: 'token-1',
    })
    expect(screen.getByRole('status')).toHaveTextContent('Sending your request…')
    expect(screen.getByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-disabled', 'true')
  })

  it('tries the form’s own post when the API fails, and keeps every typed value with one clear message when that fails too', async () => {
    jest.mocked(global.fetch).mockResolvedValueOnce(answer(502, null)).mockRejectedValueOnce(new TypeError('Failed to fetch'))
    servePage()
    fillValid()
    send()
    expect(await screen.findByText(/could not send your request.*call us at \(555\) 555-0100/)).toHaveAttribute('id', 'contact-form-error')
    expect(fetchCalls()).toEqual([
      ['/api/contact', 'POST'],
      ['/contact', 'POST'],
    ])
    // The form's own post carries the same idempotency key: if the API did store it, still one inquiry.
    expect((jest.mocked(global.fetch).mock.calls[1][1]!.body as FormData).get('idempotencyKey')).toBe('key-1')
    expect(screen.getByLabelText('Your name')).toHaveValue('Ann')
    expect(screen.getByLabelText('Phone number')).toHaveValue('(555) 555-0142')
    expect(screen.getByLabelText('A text message')).toBeChecked()
    expect(screen.getByLabelText(/I have read the privacy notice/)).toBeChecked()
    expect(screen.getByRole('button', { name: 'Send request' })).not.toHaveAttribute('aria-disabled')
    expect(document.activeElement).toBe(summary())
  })

  it('shows a hint when a field is left wrong, and takes it away as soon as it is right', async () => {
    servePage()
    const phone = screen.getByLabelText('Phone number')
    fireEvent.change(phone, { target: { value: '12' } })
    fireEvent.focusOut(phone)
    expect(document.getElementById('contact-phone-error')).toHaveTextContent(/phone number we can call/)
    expect(document.getElementById('contact-phone-error')).toBeVisible()
    expect(phone).toHaveAttribute('aria-invalid', 'true')
    fireEvent.input(phone, { target: { value: '(555) 555-0142' } })
    expect(document.getElementById('contact-phone-error')).not.toBeVisible()
    expect(phone).not.toHaveAttribute('aria-invalid')
    expect(phone).not.toHaveAttribute('aria-describedby')
  })

  it('asks for a fresh token first when the page was served without its per-visit values', async () => {
    jest
      .mocked(global.fetch)
      .mockResolvedValueOnce(answer(200, { formToken: 'fresh-token' }))
      .mockResolvedValueOnce(answer(201, { reference: 'HL-3' }))
    servePage({ ...initialState, formToken: 'hl~per-request~form-token', idempotencyKey: 'hl~per-request~idempotency-key' })
    fillValid()
    send()
    await waitFor(() =>
      expect(fetchCalls()).toEqual([
        ['/api/contact', 'GET'],
        ['/api/contact', 'POST'],
      ]),
    )
    const body = JSON.parse(jest.mocked(global.fetch).mock.calls[1][1]!.body as string)
    expect(body.formToken).toBe('fresh-token')
    expect(body.idempotencyKey).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('the contact form after a full-page answer (no JavaScript)', () => {
  it('renders the server’s errors and values, with the summary set to take focus', () => {
    const answered: ContactFormState = {
      ...initialState,
      status: 'invalid',
      errors: { email: 'Please enter an email address like name@example.com.' },
      values: { name: 'Ann', email: 'not-an-email', bestTime: 'evening' },
      attempt: 1,
    }
    document.body.innerHTML = markup(answered)
    expect(screen.getByLabelText('Email address')).toHaveValue('not-an-email')
    expect(screen.getByLabelText('Evening (5 pm to 8 pm)')).toBeChecked()
    expect(screen.getByRole('link', { name: /email address like/ })).toHaveAttribute('href', '#contact-email')
    // The browser focuses the summary itself from the server-rendered attribute.
    expect(markup(answered)).toMatch(/<div id="contact-error-summary" class="summary" tabindex="-1" autofocus=""/)
  })

  it('keeps the summary and the field errors out of sight, and out of the accessibility tree, while there is nothing to say', () => {
    document.body.innerHTML = markup()
    expect(screen.queryByRole('group', { name: /Please check|has not been sent/ })).toBeNull()
    expect(document.getElementById('contact-error-summary')).not.toBeVisible()
    expect(document.getElementById('contact-name-error')).not.toBeVisible()
    expect(screen.getByLabelText('Your name')).toHaveAttribute('aria-describedby', 'contact-name-hint')
  })
})
