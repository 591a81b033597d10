/**
 * Sample treatment programmes for the bundled dataset. Bodies use the markup
 * described in scripts/seed-build.mjs. Fictional clinic; original text.
 * whatToExpect: [title, description]; faqs: [question, answer].
 */

const COST_NOTE =
  'Harbor Light works with most major private insurance plans, and many plans cover this programme in part or in full. Coverage depends on your plan and on clinical need, so we cannot quote a price before we know your situation. Call us to verify your benefits: we will check them for free, explain anything you may have to pay before you start, and talk through other options if you are uninsured.'

export const treatments = [
  /* ---------------------------------------------------------------- */
  {
    slug: 'medically-supervised-detox',
    title: 'Medically supervised detox',
    programmeType: 'detox',
    order: 1,
    updatedAt: '2026-09-18T14:10:00Z',
    summary:
      'A safe, comfortable start to recovery. Our doctors and nurses manage withdrawal from alcohol, opioids, benzodiazepines and other substances around the clock, and help you plan the next step into treatment.',
    image: 'treatment-detox',
    imageAlt: 'Illustration of a pale sun rising behind layered seafoam-green hills, with faint circles of light around it',
    seo: {
      title: 'Medically supervised detox | Harbor Light',
      description:
        'Safe, 24-hour medical care through withdrawal from alcohol, opioids, benzodiazepines and other substances, with a plan for what comes next.',
    },
    body: `
## Why supervised detox matters

When the body has adapted to alcohol or drugs, stopping can cause withdrawal. For some substances, including alcohol and benzodiazepines, withdrawal can bring seizures or delirium and can be life-threatening. For others, such as opioids and stimulants, it is rarely dangerous in itself but can be so distressing that people return to use just to feel well again.

Medically supervised detox, also called withdrawal management, means going through this period with doctors and nurses who monitor you, treat symptoms early and keep you safe.

## What care includes

- **24-hour nursing care** with regular checks of symptoms and vital signs.
- **Daily review by a physician,** including adjustments to medication as needed.
- **Medication to ease withdrawal,** chosen for the substances involved. For opioid withdrawal, this often means starting buprenorphine or methadone, which can continue after detox.
- **Nutrition, fluids, vitamins and rest,** in a calm, private room.
- **Emotional support** from counsellors and peer staff, including attention to mood and safety.

## How long it lasts

Most people stay between three and seven days. The length depends on the substances used, how long and how heavily, your health, and how withdrawal unfolds. We never rush discharge; we make sure you are medically stable first.

## Detox is the beginning

Detox helps the body reset, but it does not on its own treat a substance use disorder, and tolerance drops quickly afterwards, which raises the risk of overdose if use resumes. That is why, from the first day, your team will talk with you about what comes next, whether that is our residential programme, an outpatient programme, medication treatment, or care closer to home. Before you leave, we book your next appointment and make sure you have naloxone if opioids are part of your history.

## Who we can help

We provide detox for alcohol, opioids (including fentanyl), benzodiazepines and other sedatives, stimulants such as methamphetamine and cocaine, and combinations of these. Some people with complex medical needs are safer in a hospital setting; if that applies to you, we will help arrange it.
`,
    whatToExpect: [
      [
        'A confidential phone call',
        'We ask about substances, recent use, past withdrawals and your health, so we can judge withdrawal risk and plan your admission, often for the same day.',
      ],
      [
        'Arrival and medical assessment',
        'A nurse and physician check your vital signs and health, review your medications, and agree a withdrawal plan with you.',
      ],
      [
        'Round-the-clock monitoring',
        'Nurses check on you regularly, day and night, and treat symptoms early with medication and comfort measures.',
      ],
      ['Rest, nourishment and support', 'You have a private room, regular meals and fluids, and counsellors to talk to whenever you need.'],
      [
        'Planning your next step',
        'Your team helps you choose ongoing treatment and arranges it before you leave, so there is no gap in care.',
      ],
    ],
    faqs: [
      [
        'Is detox painful?',
        'Withdrawal can be uncomfortable, but our medical team uses medication and supportive care to keep symptoms as mild as possible. Most people are surprised by how much more manageable it is than withdrawing on their own.',
      ],
      [
        'Can I stop drinking on my own instead?',
        'If you drink heavily every day, stopping suddenly can cause seizures or delirium tremens. Please talk to a clinician before you stop. We can assess your risk on the phone and advise whether supervised detox is needed.',
      ],
      [
        'Will I be started on medication for opioid use disorder?',
        'If you are withdrawing from opioids, we will offer buprenorphine or methadone and explain the options. These medications ease withdrawal and greatly reduce the risk of overdose afterwards. The choice is always yours.',
      ],
      [
        'Can my family visit during detox?',
        'Because the first days can be physically demanding, visits are usually short and arranged with your nurse. You can phone family once you feel well enough, and our team can keep them updated with your consent.',
      ],
      [
        'What should I bring?',
        'Comfortable clothes for about a week, toiletries without alcohol, your current prescriptions in their original packaging, your ID and insurance card. Our admissions team will send you a full list.',
      ],
    ],
    insuranceAndCost: COST_NOTE,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'residential-treatment',
    title: 'Residential treatment',
    programmeType: 'residential',
    order: 2,
    updatedAt: '2026-09-18T14:20:00Z',
    summary:
      'A calm, structured place to live and heal while you take part in therapy every day. Our residential programme combines evidence-based therapies, medical care and family involvement, with support planned for life afterwards.',
    image: 'treatment-residential',
    imageAlt: 'Illustration of a row of small white cottages with warm lit windows on a shoreline above a calm blue bay',
    imageCaption: 'Our residential houses sit a short walk from the water.',
    seo: {
      title: 'Residential addiction treatment | Harbor Light',
      description:
        'Structured, 24-hour residential care for substance use disorders: daily therapy, medical support, family involvement and aftercare planning.',
    },
    body: `
## A place to focus on recovery

Residential treatment gives you time and space away from the pressures and reminders of daily life, in a setting built around recovery. You live at Harbor Light, in shared houses with private or semi-private bedrooms, and take part in a full programme of therapy and activities, with clinical and nursing staff available around the clock.

It can be the right choice if outpatient treatment has not been enough, if your home environment makes it very hard not to use, or if you need more support for your physical or mental health.

## How the programme works

Your care is guided by an individual treatment plan that you build with your therapist and revisit every week. A typical week includes:

- **Individual therapy** at least twice a week.
- **Group therapy** every day, using approaches such as cognitive behavioural therapy, dialectical behaviour therapy skills and relapse prevention.
- **Medical and psychiatric care,** including medication for opioid and alcohol use disorders and for co-occurring conditions such as depression or anxiety.
- **Education sessions** on how substances affect the brain, sleep, nutrition and emotional health.
- **Wellbeing activities** such as walking, yoga, art and time outdoors.
- **Peer support meetings** in the evenings.

## Families are part of it

Substance use affects everyone close to a person, and recovery goes better when families are involved. We offer weekly family sessions, a family education evening, and visiting at weekends. If family contact is complicated, your therapist will help you decide what feels right.

## Length of stay

Most residents stay between 28 and 60 days. The length depends on your needs and progress, not on a fixed formula, and it is reviewed with you regularly.

## Planning for home

From your first week we start planning for life after your stay. Before you leave, you will have a written aftercare plan, appointments booked with outpatient or medication services, and practical support in place where we can help, such as referrals for housing, work or peer recovery coaching. Many residents step down into our intensive outpatient programme.
`,
    whatToExpect: [
      [
        'Admission and welcome',
        'You are shown around your house, meet your care team and settle in. If you need detox first, it is arranged before you join the programme.',
      ],
      [
        'Full assessment',
        'Medical, psychiatric and therapy assessments in your first days help us understand your needs, strengths and goals.',
      ],
      [
        'Your treatment plan',
        'You and your therapist agree clear goals and the therapies that will help you reach them, reviewed every week.',
      ],
      [
        'Daily therapy and routine',
        'Each day combines group and individual therapy, education, medical care, activity and rest in a steady rhythm.',
      ],
      [
        'Family sessions',
        'With your consent, family members join sessions to rebuild understanding and plan support for when you return home.',
      ],
      [
        'Aftercare planning',
        'Before discharge you have a written plan, booked appointments and a support network ready for the next stage.',
      ],
    ],
    faqs: [
      [
        'Can I keep my phone?',
        'Yes. Phones are kept out of therapy sessions and groups so everyone can focus, and are available in the evenings and at weekends.',
      ],
      [
        'Can I take my regular medications?',
        'Yes. Our medical team will review all your prescriptions on arrival and continue those that are safe and appropriate. Please bring them in their original packaging.',
      ],
      [
        'Is medication for opioid or alcohol use disorder allowed?',
        'Yes. We support buprenorphine, methadone, naltrexone, acamprosate and other evidence-based medications for everyone who can benefit, and we never require people to stop them.',
      ],
      [
        'What if I want to leave early?',
        'You are free to leave at any time. If you are thinking about it, we will ask you to talk with your therapist first so we can understand what is going on and, if you still decide to go, make your departure as safe as possible, including naloxone and follow-up care.',
      ],
      [
        'Can I work while I am in residential treatment?',
        'The programme is full-time, so most people take leave. We can provide documentation for employers, and our team can explain your rights under family and medical leave rules.',
      ],
    ],
    insuranceAndCost: COST_NOTE,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'outpatient-programmes',
    title: 'Outpatient programmes (IOP and PHP)',
    programmeType: 'outpatient',
    order: 3,
    updatedAt: '2026-09-18T14:30:00Z',
    summary:
      'Structured treatment while you live at home. Our partial hospitalisation (PHP) and intensive outpatient (IOP) programmes offer therapy several days a week, with daytime and evening options to fit around work and family.',
    image: 'treatment-outpatient',
    imageAlt: 'Illustration of a long green bridge arching over calm water towards distant sage-green hills under a soft sun',
    seo: {
      title: 'Outpatient programmes: IOP and PHP | Harbor Light',
      description:
        'Partial hospitalisation and intensive outpatient programmes for substance use disorders, with evening options and medication support.',
    },
    body: `
## Treatment that fits around your life

Not everyone needs, or can take time away for, residential care. Our outpatient programmes offer structured, evidence-based treatment while you continue to live at home and, in many cases, keep working, studying or caring for family.

Outpatient care is also a common next step after detox or residential treatment, helping you practise new skills in everyday life with support close at hand.

## Two levels of intensity

### Partial hospitalisation programme (PHP)

PHP, sometimes called day treatment, runs five days a week for about six hours a day. It offers a similar level of therapy to residential care, plus daily access to our medical team, while you sleep at home or in supportive housing. Most people attend for two to four weeks.

### Intensive outpatient programme (IOP)

IOP runs three days a week for about three hours a session, with a daytime track and an evening track. It suits people who have a stable, supportive home and need more than a weekly appointment. Most people attend for eight to twelve weeks, gradually reducing as they grow more confident.

## What the programmes include

- **Group therapy** using cognitive behavioural therapy, relapse prevention and emotional regulation skills.
- **Individual therapy** with a dedicated counsellor, at least weekly.
- **Medication management,** including medications for opioid and alcohol use disorders, with our physicians and nurse practitioners.
- **Contingency management** for people in recovery from stimulants such as methamphetamine or cocaine.
- **Family sessions** and a monthly family education evening.
- **Regular drug and alcohol testing,** used as a clinical tool to support recovery, never to punish.

## Moving between levels

Needs change over time. If you are finding things hard, we may suggest stepping up from IOP to PHP for a while, or from outpatient to residential care. When things are going well, we plan a gradual step down to weekly therapy and peer support. These changes are made with you, not to you.

## Telehealth options

Some individual sessions and medication reviews can be held by secure video, which can help if you live further away or have caring responsibilities. Group sessions are held in person.
`,
    whatToExpect: [
      ['Assessment', 'A clinician meets with you to understand your needs and agree whether PHP or IOP is the right starting point.'],
      ['Choosing your schedule', 'You pick the daytime or evening track and we agree a start date, often within a few days.'],
      ['Group and individual therapy', 'You attend groups on set days and meet your own counsellor at least weekly to work on your goals.'],
      ['Medical support', 'Our physicians review any medication you take for substance use or mental health and adjust it as needed.'],
      ['Review and step down', 'We review progress every two weeks and plan a gradual step down to ongoing support when you are ready.'],
    ],
    faqs: [
      [
        'Can I keep working while in IOP?',
        'Yes. Many people in our evening IOP work full time. PHP is more intensive, so most people take leave while attending.',
      ],
      [
        'Do I need to have been to detox or residential treatment first?',
        'No. Many people start with outpatient treatment. If your assessment suggests that withdrawal could be risky, we will recommend supervised detox first.',
      ],
      [
        'How do you use drug testing?',
        'Testing helps you and your counsellor see how treatment is going and is discussed openly. A positive result leads to a conversation about extra support, never to automatic discharge.',
      ],
      [
        'Can my partner or parent come to sessions?',
        'Family members can join some individual sessions with your consent, and are welcome at our monthly family education evening and weekly family group.',
      ],
      [
        'What happens when I finish the programme?',
        'We help you set up ongoing care, such as weekly therapy, continued medication and peer support, and you are always welcome to return if you need more help later.',
      ],
    ],
    insuranceAndCost: COST_NOTE,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'medication-assisted-treatment',
    title: 'Medication-assisted treatment',
    programmeType: 'mat',
    order: 4,
    updatedAt: '2026-10-28T16:00:00Z',
    summary:
      'Evidence-based medications for opioid and alcohol use disorders, including buprenorphine, methadone referral and naltrexone, prescribed by our physicians and combined with counselling and support.',
    image: 'treatment-mat',
    imageAlt: 'Illustration of a striped lighthouse on a small island in a calm lilac-blue harbour at dawn, with two small sailboats',
    seo: {
      title: 'Medication-assisted treatment (MAT) | Harbor Light',
      description:
        'Buprenorphine, naltrexone, methadone referral and medications for alcohol use disorder, prescribed by our physicians alongside counselling.',
    },
    body: `
## Medication is treatment

Medications for opioid and alcohol use disorders are among the most effective treatments in all of medicine. For opioid use disorder, buprenorphine and methadone reduce cravings and withdrawal, help people stay in treatment, and substantially lower the risk of dying from an overdose. For alcohol use disorder, medications such as naltrexone and acamprosate can reduce heavy drinking and support recovery.

At Harbor Light, medication-assisted treatment (MAT), also known as medication for opioid use disorder (MOUD), is available to everyone who can benefit, at every level of care. We never require people to stop taking these medications to receive other services.

## Medications we offer

### For opioid use disorder

- **Buprenorphine,** as a daily film or tablet, or a monthly injection. It can often be started on the day of your first appointment.
- **Naltrexone,** as a monthly injection, for people who have completed withdrawal and prefer a non-opioid option.
- **Methadone,** through a close partnership with a certified opioid treatment programme nearby, with shared care planning.

### For alcohol use disorder

- **Naltrexone,** as a daily tablet or a monthly injection, to reduce cravings and heavy drinking.
- **Acamprosate,** to support abstinence after stopping.
- **Other options** a physician may recommend based on your health.

## How our programme works

Your first appointment is with one of our physicians or nurse practitioners, who will talk through your history, your health and your goals, and explain each option honestly, including benefits, side effects and practical commitments. Together you decide what to try.

In the early weeks, we see you often, usually weekly, to adjust the dose and support you. As things stabilise, visits become less frequent. Counselling, peer support and help with practical challenges are offered alongside, and we encourage them, but medication is never withheld because someone is not ready for therapy.

## Safety and naloxone

Everyone in our programme receives naloxone and a short training on how to use it, and we encourage families to learn too. We check for interactions with other medications and substances, especially alcohol and benzodiazepines, and we talk openly about overdose risk.

## As long as it helps

There is no fixed end date for medication treatment. Many people take it for years, as they would any other long-term medicine. If you decide you want to stop, we plan a gradual taper with you and stay in touch afterwards.
`,
    whatToExpect: [
      [
        'First appointment',
        'A physician or nurse practitioner reviews your history and health and explains each medication option, often the same week you call.',
      ],
      [
        'Choosing a medication',
        'You decide together which medication fits your needs and life. There is no pressure to choose any particular one.',
      ],
      [
        'Starting safely',
        'We guide you through starting, including the right timing for buprenorphine or naltrexone, and stay in close contact during the first days.',
      ],
      ['Regular follow-up', 'Frequent visits at first, then less often as things settle, to adjust your dose and support your recovery.'],
      [
        'Counselling and support',
        'Therapy, peer support and practical help are offered alongside your medication, at a pace that suits you.',
      ],
    ],
    faqs: [
      [
        'Is taking buprenorphine or methadone just replacing one drug with another?',
        'No. At a stable, prescribed dose, these medications do not cause a high. They prevent withdrawal and cravings so people can work, parent and take part in their lives, much as other long-term medicines control other chronic conditions.',
      ],
      [
        'How soon can I start?',
        'Many people can start buprenorphine at their first appointment, often within a day or two of calling. Naltrexone requires a period without opioids first, which we can help you through in detox.',
      ],
      [
        'Do I have to attend counselling to get medication?',
        'We strongly encourage counselling and support, because they help, but we never withhold medication because someone is not ready for therapy.',
      ],
      [
        'Can I take these medications while pregnant?',
        'Buprenorphine and methadone are recommended treatments for opioid use disorder during pregnancy. Please tell us if you are or might be pregnant so we can coordinate care with your obstetric team.',
      ],
      [
        'How long will I need to take medication?',
        'There is no set time. Many people do best staying on medication long term. If you want to stop, we will plan a gradual taper with you.',
      ],
      [
        'Is my treatment confidential?',
        'Yes. Substance use treatment records are protected by federal confidentiality rules, including 42 CFR Part 2. We do not share information about your care without your written consent, except in the limited situations the law allows.',
      ],
    ],
    insuranceAndCost: COST_NOTE,
  },
]
