/**
 * Sample content for the bundled dataset: categories, people and the site
 * settings of the fictional "Harbor Light Recovery Center".
 * Built into seed/data.ndjson by scripts/seed-build.mjs.
 */

export const categories = [
  {
    slug: 'drugs-and-their-effects',
    title: 'Drugs and their effects',
    description: 'How specific substances act on the brain and body, the risks they carry, and the signs that use has become a problem.',
    isMedical: true,
  },
  {
    slug: 'treatment-and-recovery',
    title: 'Treatment and recovery',
    description: 'What evidence-based treatment looks like, from the first phone call to long-term recovery support.',
    isMedical: true,
  },
  {
    slug: 'withdrawal-and-detox',
    title: 'Withdrawal and detox',
    description: 'What withdrawal can feel like, which withdrawals are medically risky, and why supervised detox matters.',
    isMedical: true,
  },
  {
    slug: 'for-families',
    title: 'For families',
    description: 'Guidance for parents, partners, friends and anyone supporting a person with a substance use disorder.',
    isMedical: false,
  },
]

export const people = [
  {
    slug: 'maya-linden',
    name: 'Maya Linden',
    credentials: 'MA',
    jobTitle: 'Health writer and editor',
    roles: ['author'],
    bio: 'Maya Linden writes Harbor Light’s articles on substances, withdrawal and treatment. She spent ten years as a health journalist before joining the clinic, and she works closely with our clinicians so that every article is accurate, plain-spoken and respectful of the people it is written for.',
    image: 'person-maya-linden',
    imageAlt: 'Abstract avatar for Maya Linden: a simple head-and-shoulders outline on a soft seafoam background',
  },
  {
    slug: 'dana-okafor',
    name: 'Dana Okafor',
    credentials: 'MD, board-certified in addiction medicine',
    jobTitle: 'Medical Director',
    roles: ['medicalReviewer'],
    bio: 'Dr. Dana Okafor leads Harbor Light’s medical team and oversees detox and medication treatment. She is board-certified in internal medicine and addiction medicine, and she medically reviews our articles on substances, withdrawal and medications so they reflect current clinical evidence.',
    image: 'person-dana-okafor',
    imageAlt: 'Abstract avatar for Dr. Dana Okafor: a simple head-and-shoulders outline on a pale blue background',
  },
  {
    slug: 'jordan-ellis',
    name: 'Jordan Ellis',
    credentials: 'LCSW, LCADC',
    jobTitle: 'Clinical Director',
    roles: ['author', 'medicalReviewer'],
    bio: 'Jordan Ellis is a licensed clinical social worker and addiction counsellor who has worked in residential and outpatient treatment for fifteen years. Jordan directs Harbor Light’s therapy programmes and family services, writes about recovery and family support, and reviews our articles on counselling and family topics.',
    image: 'person-jordan-ellis',
    imageAlt: 'Abstract avatar for Jordan Ellis: a simple head-and-shoulders outline on a warm sand-coloured background',
  },
]

export const settings = {
  clinicName: 'Harbor Light Recovery Center',
  tagline: 'Steady, evidence-based care for substance use disorders, one day at a time.',
  description:
    'Harbor Light Recovery Center offers medically supervised detox, residential care, outpatient programmes and medication treatment for substance use disorders in Riverton, Oregon.',
  phone: '(555) 555-0142',
  phoneE164: '+15555550142',
  email: 'admissions@harborlight.example',
  address: {
    street: '1200 Example Avenue',
    city: 'Riverton',
    region: 'OR',
    postalCode: '97000',
    country: 'USA',
  },
  hours: [
    { days: 'Monday to Friday', dayCodes: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '08:00', closes: '20:00' },
    { days: 'Saturday and Sunday', dayCodes: ['Sa', 'Su'], opens: '09:00', closes: '17:00' },
  ],
  admissionsNote: 'Admissions line answered 24 hours a day, 7 days a week',
  crisisLines: [
    {
      name: '988 Suicide & Crisis Lifeline',
      phone: '988',
      sms: '988',
      description: 'Call or text 988 any time, day or night, if you or someone you love is in crisis.',
      url: 'https://988lifeline.org',
    },
    {
      name: 'SAMHSA National Helpline',
      phone: '1-800-662-4357',
      description: 'Free, confidential treatment referral and information, 24 hours a day, 365 days a year, in English and Spanish.',
      url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
    },
    {
      name: 'Emergency services',
      phone: '911',
      description: 'Call 911 for a medical emergency, including a suspected overdose or a seizure.',
    },
  ],
  navigation: [
    { label: 'Treatments', href: '/treatments' },
    { label: 'Articles', href: '/blog' },
    { label: 'Videos', href: '/videos' },
    { label: 'Contact', href: '/contact' },
  ],
  privacyNotice: `
We know that reaching out about substance use takes courage, and that privacy matters a great deal when you do. This notice explains, in plain language, what happens to the information you share with Harbor Light Recovery Center through this website.

## What we collect when you ask us to call you back

Our contact form asks only for what we need to reach you:

- your name, or the name you would like us to use;
- a phone number or an email address, whichever you prefer;
- your callback preferences, such as the best time to call and whether we may leave a voicemail;
- an optional message, if you want to tell us anything before we talk.

Please share only what you are comfortable with. You do not need to describe your situation in the form; our admissions team will ask gentle questions when we speak.

## How we use and protect it

Your details are sent over an encrypted connection and stored encrypted. We use them for one purpose only: to call or write back to you as you asked. Only members of our admissions team can read them.

We delete contact-form messages **90 days** after we receive them. If you become a patient, your care is recorded separately in your medical record, which is kept under the rules that apply to health records.

We **never sell or share** your details with anyone else, and we never use them for advertising, marketing lists or "remarketing".

## No trackers on our public pages

Our public pages do not use advertising trackers, analytics cookies or social media pixels. We do not set cookies on these pages. You can read our articles and watch our videos without anyone building a profile of your visit.

## Health privacy laws

Once you become a patient, your records are protected by federal health privacy law, including HIPAA and, for substance use disorder treatment records, the stricter confidentiality rules in 42 CFR Part 2. In general, these rules mean we cannot tell anyone that you are in treatment with us without your written consent, except in limited situations the law allows, such as a medical emergency. Your care team will explain your rights in detail when you are admitted. A message sent through this website before admission is handled with the same care.

## Asking us to delete your information

You can ask us to delete your contact details at any time, before the 90 days are up. Call us on (555) 555-0142 or email [admissions@harborlight.example](mailto:admissions@harborlight.example) and tell us the name and phone number or email you used. We will confirm once the information has been deleted.

!callout crisis | If you need help right now | This form is not monitored as an emergency service. If you or someone else is in danger, call 911. If you are thinking about suicide or are in emotional crisis, call or text 988. For free, confidential treatment referral at any hour, call the SAMHSA National Helpline on 1-800-662-4357.
`,
}
