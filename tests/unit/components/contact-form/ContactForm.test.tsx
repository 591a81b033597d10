/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { ContactForm, type ContactFormProps } from '@/components/contact-form/ContactForm'
import type { ContactFormState } from '@/lib/inquiries/formState'

const push = jest.fn()
jest.mock('next/navigation', () => ({ useRouter: () => ({ push }) }))

const initialState: ContactFormState = {
  status: 'editing',
  errors: {},
  values: {},
  formToken: 'token-1',
  idempotencyKey: 'key-1',
  attempt: 0,
}

function Form({ action, state = initialState }: { action: ContactFormProps['action']; state?: ContactFormState }) {
  return (
    <ContactForm
      action={action}
      initialState={state}
      minFillMs={0}
      privacyHref="/privacy"
      clinicName="Harbor Light"
      clinicPhone="(555) 555-0100"
    />
  )
}

const renderForm = (action: ContactFormProps['action'], state?: ContactFormState) => render(<Form action={action} state={state} />)

function fillValid() {
  fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ann' } })
  fireEvent.change(screen.getByLabelText('Phone number'), { target: { value: '(555) 555-0142' } })
  fireEvent.click(screen.getByLabelText('A text message'))
  fireEvent.click(screen.getByLabelText(/I have read the privacy notice/))
}

/** What fetch resolves with (jsdom has no Response). */
const answer = (status: number, body: unknown) => ({ ok: status < 300, status, json: async () => body }) as Response

const send = () => fireEvent.click(screen.getByRole('button', { name: 'Send request' }))
const summary = () => screen.getByRole('group', { name: /Please check|has not been sent/ })

beforeEach(() => {
  push.mockReset()
  global.fetch = jest.fn()
})

describe('<ContactForm> with JavaScript', () => {
  it('stops an invalid send before the server, lists the problems, focuses the summary and says so', async () => {
    const action = jest.fn()
    renderForm(action)
    send()
    await waitFor(() => expect(document.activeElement).toBe(summary()))
    expect(action).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('Your request has not been sent yet. 3 things need your attention.')
    const name = screen.getByLabelText('Your name')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAttribute('aria-describedby', 'contact-name-hint contact-name-error')
    expect(screen.getByLabelText(/I have read the privacy notice/)).toHaveAttribute('aria-describedby', 'contact-consent-error')
  })

  it('marks a radio group invalid on the group, not on its radios, and keeps the message tied to it', async () => {
    const action = jest.fn(async (previous: ContactFormState) => ({
      ...previous,
      status: 'invalid' as const,
      errors: { bestTime: 'Please choose one of the options offered.' },
      attempt: previous.attempt + 1,
    }))
    renderForm(action)
    fillValid()
    send()
    const group = await screen.findByRole('radiogroup', { name: 'When is the best time to call? (optional)' })
    expect(group).toHaveAttribute('aria-invalid', 'true')
    expect(group).toHaveAttribute('aria-describedby', 'contact-bestTime-hint contact-bestTime-error')
    expect(document.getElementById('contact-bestTime-error')).toHaveTextContent('Error: Please choose one of the options offered.')
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('radiogroup', { name: 'Who needs help? (optional)' })).not.toHaveAttribute('aria-invalid')
    await waitFor(() => expect(document.activeElement).toBe(summary()))
    expect(screen.getByRole('status')).toHaveTextContent('One thing needs your attention.')
  })

  it('follows the redirect of a successful action', async () => {
    const action = jest.fn<Promise<ContactFormState>, Parameters<ContactFormProps['action']>>(async () => {
      throw Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;push;/contact/thank-you?ref=HL-1;303;' })
    })
    renderForm(action)
    fillValid()
    send()
    await waitFor(() => expect(push).toHaveBeenCalledWith('/contact/thank-you?ref=HL-1'))
    expect(action.mock.calls[0][1].get('idempotencyKey')).toBe('key-1')
    expect(global.fetch).not.toHaveBeenCalled()
  })

  it('sends through the API when the action call fails', async () => {
    jest.mocked(global.fetch).mockResolvedValue(answer(201, { reference: 'HL-2' }))
    renderForm(jest.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    fillValid()
    send()
    await waitFor(() => expect(push).toHaveBeenCalledWith('/contact/thank-you?ref=HL-2'))
    const body = JSON.parse(jest.mocked(global.fetch).mock.calls[0][1]!.body as string)
    expect(body).toMatchObject({ name: 'Ann', preferredContact: 'text', idempotencyKey: 'key-1', formToken: 'token-1' })
  })

  it('keeps every typed value and says what to do when the action and the API both fail', async () => {
    jest.mocked(global.fetch).mockResolvedValue(answer(502, null))
    renderForm(jest.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    fillValid()
    send()
    expect(await screen.findByText(/could not send your request.*call us at \(555\) 555-0100/)).toHaveAttribute('id', 'contact-form-error')
    expect(screen.getByLabelText('Your name')).toHaveValue('Ann')
    expect(screen.getByLabelText('Phone number')).toHaveValue('(555) 555-0142')
    expect(screen.getByLabelText('A text message')).toBeChecked()
    expect(screen.getByLabelText(/I have read the privacy notice/)).toBeChecked()
    expect(await screen.findByRole('button', { name: 'Send request' })).not.toHaveAttribute('aria-disabled')
    expect(push).not.toHaveBeenCalled()
  })

  it('shows a hint when a field is left wrong, and takes it away as soon as it is right', async () => {
    renderForm(jest.fn())
    const phone = screen.getByLabelText('Phone number')
    fireEvent.change(phone, { target: { value: '12' } })
    fireEvent.blur(phone)
    await waitFor(() => expect(document.getElementById('contact-phone-error')).toHaveTextContent(/phone number we can call/))
    expect(phone).toHaveAttribute('aria-invalid', 'true')
    act(() => {
      fireEvent.change(phone, { target: { value: '(555) 555-0142' } })
    })
    expect(document.getElementById('contact-phone-error')).toBeNull()
    expect(phone).not.toHaveAttribute('aria-invalid')
  })
})

describe('<ContactForm> after a full-page answer (no JavaScript)', () => {
  it('renders the server’s errors and values, with the summary set to take focus', () => {
    const answered: ContactFormState = {
      ...initialState,
      status: 'invalid',
      errors: { email: 'Please enter an email address like name@example.com.' },
      values: { name: 'Ann', email: 'not-an-email', bestTime: 'evening' },
      attempt: 1,
    }
    renderForm(jest.fn(), answered)
    expect(screen.getByLabelText('Email address')).toHaveValue('not-an-email')
    expect(screen.getByLabelText('Evening (5 pm to 8 pm)')).toBeChecked()
    expect(screen.getByRole('link', { name: /email address like/ })).toHaveAttribute('href', '#contact-email')
    // The browser focuses the summary itself from the server-rendered attribute.
    expect(renderToString(<Form action={jest.fn()} state={answered} />)).toMatch(/<div class="summary" tabindex="-1" autofocus=""/)
  })
})
