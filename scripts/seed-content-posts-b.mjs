/**
 * Sample articles (part B) for the bundled dataset. Bodies use the markup
 * described in scripts/seed-build.mjs. Fictional clinic; original text.
 */

const NIDA = 'NIDA (National Institutes of Health)'

export const posts = [
  /* ---------------------------------------------------------------- */
  {
    slug: 'how-to-talk-with-a-loved-one-about-substance-use',
    title: 'How to talk with a loved one about their substance use',
    excerpt:
      'Confrontation rarely helps. Learn a calmer, evidence-based approach drawn from CRAFT (Community Reinforcement and Family Training) that helps families communicate, stay safe and make treatment more likely.',
    image: 'post-talking-loved-one',
    imageAlt: 'Illustration of a gentle arched bridge spanning calm water beneath a warm peach sky and a soft coral sun',
    categories: ['for-families'],
    author: 'maya-linden',
    medicalReviewer: 'jordan-ellis',
    publishedAt: '2026-05-26T09:00:00Z',
    lastReviewedAt: '2026-09-02',
    seo: {
      title: 'How to talk with a loved one about substance use',
      description:
        'A calm, evidence-based way to start the conversation, drawn from the CRAFT approach: what to say, when to say it, and how to look after yourself.',
    },
    sources: [
      {
        title: 'Treatment and Recovery — Drugs, Brains, and Behavior',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction/treatment-recovery',
      },
      {
        title: 'Words Matter: Preferred Language for Talking About Addiction',
        publisher: NIDA,
        url: 'https://nida.nih.gov/nidamed-medical-health-professionals/health-professions-education/words-matter-terms-to-use-avoid-when-talking-about-addiction',
      },
      { title: 'National Helpline', publisher: 'SAMHSA', url: 'https://www.samhsa.gov/find-help/helplines/national-helpline' },
      {
        title: 'Understanding Alcohol Use Disorder',
        publisher: 'NIAAA (National Institutes of Health)',
        url: 'https://www.niaaa.nih.gov/publications/brochures-and-fact-sheets/understanding-alcohol-use-disorder',
      },
    ],
    body: `
When someone you love is struggling with alcohol or drugs, it is natural to want to say something, and just as natural to be afraid of saying the wrong thing. Many families have tried pleading, arguing or issuing ultimatums, and found that these conversations end in anger, denial or silence.

There is a better-supported way. **CRAFT**, which stands for Community Reinforcement and Family Training, is an approach developed for family members of people who are not yet ready for treatment. In research studies, families trained in CRAFT helped a majority of their loved ones enter treatment, more often than with confrontational "interventions" or simply waiting. Just as importantly, family members who used CRAFT reported feeling less stressed themselves.

You do not need to attend a formal CRAFT programme to use its core ideas. Here is how they work in everyday life.

## Before you talk

### Start from care, not blame

Substance use disorder is a health condition, not a moral failing. The way we talk about it matters: research shows that stigmatising labels, which define a person by their condition, make people less likely to seek help. [NIDA's guide to preferred language](https://nida.nih.gov/nidamed-medical-health-professionals/health-professions-education/words-matter-terms-to-use-avoid-when-talking-about-addiction) suggests person-first terms such as "a person with a substance use disorder".

Before you talk, it can help to remind yourself: *I am on their side, even though I am against what the substance is doing to them.*

### Choose the right moment

Timing makes a large difference. Avoid raising the subject when your loved one is intoxicated, in withdrawal, or when either of you is angry or exhausted. Good moments are often:

- when they are sober and relatively calm;
- soon after a consequence of their use, when they may be more open, such as a missed day of work or a frightening night;
- when they have mentioned, even in passing, that they are unhappy about something related to their use;
- in a private setting with time to talk, not in front of children or other people.

## Use positive communication

CRAFT teaches a handful of communication skills that lower defensiveness. Try to:

1. **Be brief.** A short, clear message is easier to hear than a long speech.
2. **Use "I" statements.** "I was scared when you didn't come home last night" lands differently from "You always disappear."
3. **Describe specific behaviour,** not character. Talk about what happened, not what kind of person they are.
4. **Name your feelings** honestly, without exaggeration.
5. **Offer to help.** "Would you be willing to talk to someone with me? I can make the call."
6. **Show understanding.** Acknowledge what they might be feeling: "I know you've had a really hard year."

### An example

*"I love you, and I've been worried. On Saturday you fell asleep in the car with the engine running, and I was really frightened. I'm not trying to lecture you. I found a clinic that does confidential phone assessments. Would you be willing to call them with me this week?"*

## Make sober time rewarding

A central idea in CRAFT is to make time without substances more rewarding than time with them. That means noticing and welcoming the moments when your loved one is not using: spending enjoyable time together, expressing appreciation, and doing things they value.

It also means allowing natural consequences to happen when they do use, rather than shielding them from those consequences. For example, you might stop calling in sick on their behalf or cleaning up after a night of heavy use. This is not punishment. It simply lets the connection between substance use and its costs become visible, while your warmth stays linked to the times they are not using.

## Keep everyone safe

Safety always comes first. If there is any risk of violence, do not try these conversations alone; contact a professional or a domestic violence service for advice. If opioids are involved, keep naloxone at home, learn how to use it, and make sure other people in the household know where it is.

!callout crisis | When to call for emergency help | Call 911 if someone is unresponsive, breathing very slowly, having a seizure, or is a danger to themselves or others. If someone is talking about suicide, call or text 988 for the 988 Suicide & Crisis Lifeline.

## Be ready when the door opens

Readiness for treatment can appear suddenly and disappear just as quickly. CRAFT encourages families to prepare in advance so that when their loved one says "maybe", help is immediately available. Before you talk:

- find one or two treatment options and note their phone numbers;
- check what their insurance covers, or what free and low-cost options exist in your area;
- know whether the service can offer a same-day or next-day assessment;
- have the [SAMHSA National Helpline](https://www.samhsa.gov/find-help/helplines/national-helpline) number, 1-800-662-4357, to hand.

## After the conversation

### If it doesn't go well

It is very common for a first conversation to end badly, with denial, anger or a change of subject. That does not mean you failed or that it was pointless. Stay calm, avoid escalating, and say that the offer stands: *"Okay. I'm not going anywhere, and I'm here when you want to talk."* You can try again another day.

### Look after yourself too

Supporting someone with a substance use disorder is exhausting. CRAFT pays attention to the family member's own wellbeing as well as the loved one's. Your own sleep, friendships, interests and support matter, whether or not your loved one changes. Consider a family support group or counselling for yourself.

Our family team can help you prepare for a conversation, or be part of the first call. Reach us any time at the number at the top of this page.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'medications-for-opioid-use-disorder',
    title: 'Medications for opioid use disorder: buprenorphine, methadone and naltrexone',
    excerpt:
      'Medications for opioid use disorder reduce cravings, withdrawal and the risk of dying from an overdose. Here is how buprenorphine, methadone and naltrexone work, how they differ, and common questions people ask.',
    image: 'post-moud',
    imageAlt:
      'Illustration of a white striped lighthouse on a dark teal island in a calm teal harbour, with two small sailboats and a pale sun',
    categories: ['treatment-and-recovery'],
    author: 'maya-linden',
    medicalReviewer: 'dana-okafor',
    publishedAt: '2026-06-16T09:00:00Z',
    lastReviewedAt: '2026-10-28',
    seo: {
      title: 'Medications for opioid use disorder (MOUD)',
      description:
        'How buprenorphine, methadone and naltrexone work, how they differ, and why medication is a core part of treatment for opioid use disorder.',
    },
    sources: [
      {
        title: 'Medications to Treat Opioid Use Disorder Research Report',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/research-reports/medications-to-treat-opioid-addiction/overview',
      },
      {
        title: 'TIP 63: Medications for Opioid Use Disorder',
        publisher: 'SAMHSA',
        url: 'https://store.samhsa.gov/product/tip-63-medications-opioid-use-disorder/pep21-02-01-002',
      },
      {
        title: 'Buprenorphine',
        publisher: 'SAMHSA',
        url: 'https://www.samhsa.gov/medications-substance-use-disorders/medications-counseling-related-conditions/buprenorphine',
      },
      {
        title: 'Information about Medications for Opioid Use Disorder (MOUD)',
        publisher: 'U.S. Food and Drug Administration',
        url: 'https://www.fda.gov/drugs/information-drug-class/information-about-medications-opioid-use-disorder-moud',
      },
    ],
    body: `
Medication is one of the most effective tools we have for treating opioid use disorder. Three medications are approved by the U.S. Food and Drug Administration for this purpose: **buprenorphine**, **methadone** and **naltrexone**. Used as part of a broader treatment plan, they reduce cravings and withdrawal, help people stay in treatment, and lower the risk of dying from an overdose.

Despite this, many people have questions or worries about medication, and some have heard that it is "just swapping one drug for another". This article explains how each medication works and why that common saying is misleading. Your own choice should be made with a clinician who knows your history.

## Why medication matters

Opioid use disorder changes the brain's reward, stress and self-control systems. For many people, these changes drive intense cravings and make withdrawal so unpleasant that returning to use feels like the only option. Medications steady these systems, giving people the stability to work on recovery.

The [research summarised by NIDA](https://nida.nih.gov/publications/research-reports/medications-to-treat-opioid-addiction/overview) shows that methadone and buprenorphine in particular reduce opioid use, overdose deaths, infectious disease transmission and criminal justice involvement, and that they improve people's chances of staying in treatment.

## How the three medications work

All three act on the brain's opioid receptors, but in different ways.

### Buprenorphine

Buprenorphine is a **partial agonist**. It activates opioid receptors, but only partly, and its effect levels off at higher doses. This "ceiling effect" eases withdrawal and cravings while making it much less likely to cause dangerous slowing of breathing on its own. It attaches very firmly to receptors, which also blunts the effect of other opioids.

Buprenorphine is usually taken as a film or tablet that dissolves under the tongue or inside the cheek, often combined with naloxone to discourage injection. Monthly injections are also available. Since 2023, any clinician with a standard controlled-substance registration can prescribe it, so it can be started in a clinic, a primary care practice, an emergency department, or by telehealth in some cases.

Starting buprenorphine usually means waiting until mild to moderate withdrawal has begun, because taking it too soon can trigger sudden withdrawal. Your clinician will guide the timing; for people who have been using fentanyl, they may suggest a modified approach.

### Methadone

Methadone is a **full agonist**: a long-acting opioid that fully activates receptors. Taken once a day at a stable dose, it prevents withdrawal and reduces cravings without producing the highs and lows of short-acting opioids. For opioid use disorder, methadone is dispensed through certified opioid treatment programmes, which often means visiting daily at first, with take-home doses added over time.

Methadone is well suited to people who need a high level of structure or who have not done well on buprenorphine. Because it is a full agonist, doses are increased slowly and carefully, and it should never be combined with alcohol or sedatives without medical advice.

### Naltrexone

Naltrexone is an **antagonist**: it blocks opioid receptors without activating them. If a person uses opioids while taking it, they feel little or no effect. For opioid use disorder it is given as a monthly injection. Because it blocks opioids, people must have fully finished withdrawal, usually seven to ten days without opioids, before the first dose.

!callout warning | Lower tolerance after stopping | After detox, or after stopping naltrexone, a person's tolerance to opioids is much lower than before. Using a previous amount can cause a fatal overdose. Anyone at risk, and the people around them, should carry naloxone.

## Comparing the options

- **Where you get it:** buprenorphine from many prescribers and pharmacies; methadone from certified opioid treatment programmes; naltrexone injection from a clinic.
- **Starting:** buprenorphine once withdrawal has begun; methadone at any time, with slow dose increases; naltrexone only after complete withdrawal.
- **Overdose protection:** methadone and buprenorphine are strongly linked with fewer overdose deaths. Naltrexone blocks opioids while it is active.
- **Effect on other opioids:** all three reduce the rewarding effect of other opioids, in different ways.

## "Isn't it just replacing one drug with another?"

No. Addiction is defined by compulsive use despite harm, not simply by physical dependence. A person taking a stable, prescribed dose of buprenorphine or methadone is not intoxicated, does not experience cycles of craving and withdrawal, and can work, drive, parent and take part in therapy. Physical dependence on a medicine that keeps you well is comparable to relying on insulin or blood pressure medication.

## How long do people stay on medication?

There is no fixed end date. Many people do best staying on medication for a long time, often years. Stopping too soon is linked to a higher risk of relapse and overdose. If you do want to stop, plan it with your clinician and taper gradually.

## Medication works best with support

Counselling, peer support, treatment for mental health conditions and practical help with housing or work all support recovery. But a lack of counselling should never be a reason to delay or deny medication, because medication alone still saves lives.

If you would like to talk about whether medication is right for you, our medical team can see most people within a day or two. Call us at any hour.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'alcohol-withdrawal-safety',
    title: 'Alcohol withdrawal: why stopping suddenly can be dangerous',
    excerpt:
      'For people who drink heavily every day, stopping suddenly can cause seizures or delirium tremens. Learn the warning signs, the usual timeline, and how medically supervised detox keeps people safe.',
    image: 'post-alcohol-withdrawal',
    imageAlt: 'Illustration of layered blue waves rolling towards the viewer under a pale sky with a soft yellow sun and distant birds',
    categories: ['withdrawal-and-detox'],
    author: 'maya-linden',
    medicalReviewer: 'dana-okafor',
    publishedAt: '2026-07-07T09:00:00Z',
    lastReviewedAt: '2026-11-10',
    seo: {
      title: 'Alcohol withdrawal: signs, timeline and safety',
      description:
        'Why stopping heavy drinking suddenly can be dangerous, which symptoms are emergencies, and how medically supervised detox keeps people safe.',
    },
    sources: [
      {
        title: 'Alcohol withdrawal',
        publisher: 'MedlinePlus (National Library of Medicine)',
        url: 'https://medlineplus.gov/ency/article/000764.htm',
      },
      {
        title: 'Understanding Alcohol Use Disorder',
        publisher: 'NIAAA (National Institutes of Health)',
        url: 'https://www.niaaa.nih.gov/publications/brochures-and-fact-sheets/understanding-alcohol-use-disorder',
      },
      {
        title: 'NIAAA Alcohol Treatment Navigator',
        publisher: 'NIAAA (National Institutes of Health)',
        url: 'https://alcoholtreatment.niaaa.nih.gov/',
      },
      { title: 'Alcohol Use', publisher: 'Centers for Disease Control and Prevention (CDC)', url: 'https://www.cdc.gov/alcohol/' },
    ],
    body: `
Deciding to stop drinking is a brave and positive step. But for people who have been drinking heavily and regularly, stopping suddenly can be medically dangerous. Alcohol withdrawal is one of the few withdrawal syndromes that can, in severe cases, be life-threatening.

The good news is that withdrawal can be managed safely with the right support. This article explains why withdrawal happens, what symptoms to look out for, and why you should talk to a clinician before stopping.

## Why alcohol withdrawal happens

Alcohol slows down the brain. It boosts the calming chemical GABA and dampens glutamate, one of the brain's main excitatory messengers. When someone drinks heavily every day, the brain adapts to keep working: it becomes less responsive to GABA and more responsive to glutamate.

When alcohol is suddenly removed, those adaptations are left unopposed. The brain and nervous system become over-excited, which causes the symptoms of withdrawal. The more heavily and the longer someone has been drinking, and the more times they have been through withdrawal before, the more severe it can be.

## Who is at risk

You may be at risk of significant withdrawal if you:

- drink heavily every day or almost every day;
- get shaky, sweaty or anxious in the morning or when you go without a drink;
- drink in the morning to steady yourself;
- have had withdrawal symptoms, seizures or delirium tremens in the past;
- also take benzodiazepines or sleeping tablets, or have other health problems such as liver or heart disease.

If any of these apply to you, **please do not stop suddenly on your own.** Talk to a doctor, an urgent care clinic or an admissions team first.

It is also worth knowing that cutting down sharply, rather than stopping completely, can trigger withdrawal in someone whose body has adapted to heavy drinking. Being admitted to hospital for another reason, such as surgery or an injury, can also bring on withdrawal unexpectedly, so always tell the medical team honestly how much you usually drink.

## The usual timeline

Symptoms vary a great deal from person to person, but they tend to follow a rough pattern.

### 6 to 24 hours after the last drink

Early symptoms often include shaky hands, sweating, anxiety, irritability, nausea, headache, a racing heart and trouble sleeping.

### 24 to 72 hours

Symptoms often peak in this window. Some people have **seizures**, usually within the first two days. Some people see, hear or feel things that are not there, while still knowing where they are.

### 48 to 96 hours

A small number of people develop **delirium tremens (DTs)**: severe confusion, agitation, fever, heavy sweating, a very fast heart rate and high blood pressure. DTs are a medical emergency and need hospital care.

After the acute phase, many people have lingering poor sleep, low mood and anxiety for weeks. This is sometimes called protracted withdrawal, and it improves with time and support.

!callout crisis | When alcohol withdrawal is an emergency | Call 911 if someone in withdrawal has a seizure, becomes confused or does not know where they are, sees or hears things that are not there, has a high fever, chest pain, or severe vomiting, or is hard to wake. Do not give them alcohol or someone else's medicine to "calm things down".

## How medically supervised detox helps

In a supervised detox, nurses and doctors assess symptoms regularly, often using a standard scoring tool, and respond early. Care usually includes:

1. **An initial assessment** of drinking history, previous withdrawals, other substances, medications and physical health.
2. **Medication to prevent complications.** Benzodiazepines, given in carefully controlled and reducing doses, are the standard treatment to prevent seizures and DTs. Other medications may be used depending on the person.
3. **Vitamins, especially thiamine (vitamin B1),** to protect the brain from a serious complication of long-term heavy drinking called Wernicke's encephalopathy.
4. **Fluids, nutrition and rest,** and treatment for nausea, sleep problems and other symptoms.
5. **Monitoring of vital signs** such as blood pressure, heart rate and temperature.

For people with mild withdrawal and no previous complications, a clinician may decide that managing withdrawal at home with close follow-up is safe. For others, inpatient detox is the safest choice. That decision should always be made with a professional.

!image body-soft-gradient | Abstract illustration of soft overlapping peach and cream circles above gentle rolling shapes | Withdrawal is a short chapter; recovery is the longer story.

## Detox is a beginning, not the treatment

Detox manages the body's withdrawal, but on its own it rarely leads to lasting change. The next step is treatment for alcohol use disorder, which may include:

- **medications** such as naltrexone, acamprosate or disulfiram, which can reduce cravings or support abstinence;
- **behavioural therapies** such as cognitive behavioural therapy and motivational enhancement therapy;
- **mutual support groups** and peer recovery support;
- **treatment for co-occurring conditions** such as depression, anxiety or trauma.

The [NIAAA Alcohol Treatment Navigator](https://alcoholtreatment.niaaa.nih.gov/) is a helpful, free guide to the options and to choosing quality care.

## Getting help today

If you are thinking about cutting down or stopping, you do not have to work it out alone. Our admissions team can talk through your drinking, assess withdrawal risk and, if needed, arrange supervised detox, often the same day.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'what-happens-when-you-call-admissions',
    title: 'What happens when you call our admissions line',
    excerpt:
      'Picking up the phone is often the hardest part. Here is exactly what happens in a first call to our admissions team: the questions we ask, what we do with your answers, and what you can expect next.',
    image: 'post-first-call',
    imageAlt: 'Illustration of a calm bay with small white sailboats under a warm sandy sky, with a wooden pier in the foreground',
    categories: ['treatment-and-recovery', 'for-families'],
    author: 'jordan-ellis',
    medicalReviewer: 'dana-okafor',
    publishedAt: '2026-08-04T09:00:00Z',
    lastReviewedAt: '2026-09-15',
    seo: {
      title: 'What happens when you call admissions',
      description:
        'A step-by-step guide to a first call with our admissions team: the questions we ask, how we protect your privacy, and what happens next.',
    },
    sources: [
      { title: 'National Helpline', publisher: 'SAMHSA', url: 'https://www.samhsa.gov/find-help/helplines/national-helpline' },
      { title: 'FindTreatment.gov', publisher: 'SAMHSA', url: 'https://findtreatment.gov/' },
      {
        title: 'Principles of Drug Addiction Treatment: A Research-Based Guide (Third Edition)',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/principles-drug-addiction-treatment-research-based-guide-third-edition',
      },
    ],
    body: `
For many people, the hardest part of getting help is the first phone call. You might be worried about being judged, about what will happen to the information you share, or about being pressured into something you are not ready for. Some people dial our number several times before they let it ring.

We want that call to feel as easy as possible. This article explains, step by step, what happens when you call the Harbor Light admissions line, whether you are calling for yourself or for someone you love.

## Who answers

Our admissions line is answered 24 hours a day, seven days a week, by a small team of admissions coordinators. Most have worked in treatment for many years, and several are in recovery themselves. They are supported around the clock by our nurses and an on-call physician.

You will always talk to a person. We do not use automated menus, and we do not use call centres that pass your details on to other providers.

## The call, step by step

A first call usually takes 15 to 30 minutes. You can stop at any point, and you do not have to answer every question.

1. **A check on safety.** We start by asking whether you, or the person you are calling about, are safe right now. If anyone is in immediate danger, such as a possible overdose or thoughts of suicide, we will help you get emergency help first.
2. **Listening.** We ask what is going on and what prompted the call today. There is no right or wrong way to describe it.
3. **Some clinical questions.** We ask about substances used, how much and how often, when the last use was, past withdrawal experiences, physical and mental health, current medications, and any previous treatment. These help us judge whether withdrawal could be medically risky.
4. **Practical details.** We talk about insurance or other ways of paying, location, work or caring responsibilities, and anything else that could affect treatment.
5. **A recommendation.** Based on what you tell us, we suggest the level of care that seems right, which may be detox, residential treatment, an outpatient programme, medication treatment, or a referral elsewhere if another service would suit you better.
6. **Next steps, your choice.** If you want to go ahead, we can often arrange an assessment the same day or the next day. If you need time to think, that is fine. We will not call you back unless you ask us to.

### What we will not do

- We will not judge you or lecture you.
- We will not pressure you to decide on the spot.
- We will not share your information without your consent, except where the law requires it to protect someone's life.
- We will not recommend our own services if we believe another provider would serve you better.

!callout info | What to have ready (if you can) | Your insurance card, a list of current medications, and a rough idea of what substances have been used and when. It is completely fine if you don't have these; we can work it out together.

## Calling about someone else

Many of our calls come from parents, partners, adult children and friends. We are glad to talk with you, even if your loved one does not yet know you are calling. We can explain options, help you think about how to raise the subject, and suggest support for you.

Because of privacy law, if your loved one is already in treatment with us, we cannot confirm that or share information about their care without their written consent. We can still listen to you and pass on a message.

## Your privacy

Substance use treatment records are protected by federal confidentiality rules, including 42 CFR Part 2 and HIPAA, which are stricter than for most health information. What you tell us on the phone is treated with the same care. Our privacy notice explains in plain language what we record and how long we keep it.

## After the call

If you decide to start treatment, your coordinator will:

- confirm the date and time of your assessment or admission;
- check your insurance benefits and explain any costs you may have to pay before you arrive;
- tell you what to bring and what to leave at home;
- arrange safe transport or give directions if you need them;
- give you a direct number to call if anything changes or if withdrawal becomes difficult before you arrive.

!callout crisis | If you need help right now | If someone may be overdosing or is in danger, call 911. If you are thinking about suicide, call or text 988. You can call us afterwards.

## If we are not the right fit

Sometimes another service will be a better match, for example one closer to home or one that specialises in a particular need. In that case, we will help you find it. You can also search licensed programmes at [FindTreatment.gov](https://findtreatment.gov/) or call the free [SAMHSA National Helpline](https://www.samhsa.gov/find-help/helplines/national-helpline) at 1-800-662-4357.

Whenever you are ready, we are here.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'relapse-and-recovery',
    title: 'Relapse is not failure: understanding setbacks in recovery',
    excerpt:
      'Returning to substance use after a period of recovery is common, and it is not a sign that treatment has failed. Learn why relapse happens, the early warning signs, how to respond, and how to stay safe.',
    image: 'post-relapse',
    imageAlt: 'Illustration of a pale path winding through soft green hills towards a low sun, with small dark trees along the way',
    categories: ['treatment-and-recovery'],
    author: 'jordan-ellis',
    medicalReviewer: 'dana-okafor',
    publishedAt: '2026-09-01T09:00:00Z',
    lastReviewedAt: '2026-09-22',
    seo: {
      title: 'Relapse is not failure: setbacks in recovery',
      description:
        'Why returning to use is common in recovery, the early warning signs, how to respond, and how to stay safe from overdose after a break.',
    },
    sources: [
      {
        title: 'Treatment and Recovery — Drugs, Brains, and Behavior',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction/treatment-recovery',
      },
      {
        title: 'Understanding Drug Use and Addiction DrugFacts',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/drugfacts/understanding-drug-use-addiction',
      },
      { title: 'Naloxone DrugFacts', publisher: NIDA, url: 'https://nida.nih.gov/publications/drugfacts/naloxone' },
      { title: 'National Helpline', publisher: 'SAMHSA', url: 'https://www.samhsa.gov/find-help/helplines/national-helpline' },
    ],
    body: `
Many people in recovery return to substance use at some point. It can happen after a week, a year or a decade. When it does, it often brings a flood of shame, and it can feel as though all the progress has been lost.

It has not. Relapse, sometimes called a return to use or a recurrence, is a common part of living with a chronic health condition. Understanding it can make it less frightening and help people get back on track sooner.

## Why relapse happens

Substance use disorders change the brain's systems for reward, stress and self-control. These changes take a long time to heal, and cues linked to past use, such as certain people, places, moods or even times of day, can trigger strong cravings long after someone has stopped.

[NIDA](https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction/treatment-recovery) compares relapse rates for substance use disorders with those of other chronic illnesses such as high blood pressure and asthma, which also require people to maintain changes in behaviour over time. Estimates suggest that 40 to 60 percent of people treated for a substance use disorder return to use at some point. For other chronic conditions, a flare-up is a signal to review treatment, not proof that it never worked. The same is true here.

## Relapse is a process, not a moment

Clinicians often describe relapse as happening in stages, long before any substance is used.

### Emotional relapse

A person isn't thinking about using, but their feelings and habits are setting the stage: bottling up emotions, isolating, skipping meetings or appointments, poor sleep and eating, and not asking for help.

### Mental relapse

Part of the person wants to use and part does not. Signs include thinking about people and places linked to past use, romanticising it, bargaining ("just once won't matter"), and planning opportunities.

### Physical relapse

This is the return to use itself. Recognising the earlier stages gives people, and those around them, a chance to act before this point.

## Early warning signs to watch for

Everyone's signs are a little different. Common ones include:

- withdrawing from friends, family or support groups;
- stopping medication or missing appointments;
- increased irritability, anxiety or low mood;
- sleeping badly or very irregularly;
- spending time with people who are using, or visiting old places;
- thinking or talking fondly about past use;
- feeling overconfident that use is "under control now".

A relapse prevention plan, made with a therapist, lists a person's own warning signs and what they will do about each one.

### Building your own plan

A useful plan is short enough to remember and specific enough to act on. It usually names your personal triggers, the early signs that things are slipping, two or three people you will call, the coping skills that work for you, and what you will do if you notice cravings growing stronger. Many people keep a copy on their phone and share it with someone they trust, so that person can gently point out warning signs they might miss themselves.

## What to do after a return to use

If you have used again, the most important thing is what you do next.

1. **Stay safe.** Your tolerance may be much lower than before. Use less, never use alone, avoid mixing substances, and keep naloxone with you.
2. **Reach out quickly.** Tell someone you trust, and contact your counsellor, prescriber or treatment team. The sooner you do, the smaller the setback tends to be.
3. **Be honest without being harsh on yourself.** Shame tends to feed use. A lapse is information, not a verdict on who you are.
4. **Look at what happened.** What led up to it? What was going on emotionally? What could help next time?
5. **Adjust the plan.** This might mean more frequent sessions, a change of medication, a step up in level of care, or more support at home.

!callout crisis | Overdose risk after a break | The risk of a fatal overdose is especially high when someone returns to opioids after a period of not using, for example after detox, hospital or prison, because tolerance drops quickly. Keep naloxone nearby, never use alone, and call 911 in an emergency.

## For families

Watching someone you love return to use is painful, and it is normal to feel anger, fear or grief. Try to respond with concern rather than punishment: "I can see things are hard right now. What can I do to help you get back in touch with your team?" Keep naloxone at home, and keep looking after your own wellbeing.

## Recovery is still possible

Most people who achieve long-term recovery have had setbacks along the way. Each attempt builds skills and self-knowledge. Treatment remains effective after a relapse, and returning to care is a sign of strength.

If you have returned to use and want to talk, call our admissions line at any time. You can also call the [SAMHSA National Helpline](https://www.samhsa.gov/find-help/helplines/national-helpline), free and confidential, at 1-800-662-4357.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'caring-for-yourself-as-a-family-member',
    title: 'Caring for yourself when someone you love has a substance use disorder',
    excerpt:
      'Supporting a loved one through substance use can leave you exhausted, anxious and alone. Your wellbeing matters too. Here are practical ways to protect your health, set boundaries and find support for yourself.',
    image: 'post-family-self-care',
    imageAlt: 'Illustration of a garden of small flowers in front of rows of soft trees and coral hills under a warm peach sky',
    categories: ['for-families'],
    author: 'jordan-ellis',
    publishedAt: '2026-10-06T09:00:00Z',
    seo: {
      title: 'Caring for yourself as a family member',
      description:
        'Practical ways for families to protect their own health, set kind boundaries and find support when a loved one has a substance use disorder.',
    },
    sources: [
      { title: 'National Helpline', publisher: 'SAMHSA', url: 'https://www.samhsa.gov/find-help/helplines/national-helpline' },
      { title: '988 Suicide & Crisis Lifeline', publisher: '988 Lifeline', url: 'https://988lifeline.org/' },
      {
        title: 'Treatment and Recovery — Drugs, Brains, and Behavior',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction/treatment-recovery',
      },
    ],
    body: `
When someone you love has a substance use disorder, your life changes too. You may lie awake waiting for a phone call, check their room or their phone, cover for them at work, or feel your own world shrinking around their crisis. Many family members describe a constant background hum of worry that never quite switches off.

It is easy to believe that looking after yourself is selfish while your loved one is struggling. It is not. You cannot pour from an empty cup, and families who look after their own wellbeing are often better able to help, and better able to cope whatever happens.

## Recognise what you are carrying

Stress in families affected by substance use is real and can affect physical and mental health. Common experiences include:

- anxiety, fear and hypervigilance;
- anger, resentment and then guilt about feeling angry;
- grief for the person you feel you have lost, or the life you expected;
- shame and secrecy, leading to isolation from friends;
- exhaustion, poor sleep and neglected health;
- strain between other family members who disagree about what to do.

Naming these feelings is an important first step. They are normal responses to a hard situation, not signs that you are doing something wrong.

## The three Cs

Many family support groups share a simple reminder: **you didn't cause it, you can't control it, and you can't cure it.** A substance use disorder is a health condition with many contributing factors. You can influence the environment and you can offer support, but the decision to change belongs to your loved one.

Letting go of the belief that you should be able to fix it can be a relief, even if it is also painful.

## Set boundaries that protect you

Boundaries are not punishments or ultimatums. They are decisions about what you will and won't do, made to protect your own safety and wellbeing. Some examples:

- "I won't lend money, but I will pay for a taxi to an appointment."
- "I won't have drugs or alcohol in our house."
- "I won't call your employer to make excuses for you."
- "If you come home intoxicated, I'll go and stay with my sister for the night."

Good boundaries are specific, realistic and something you can follow through on calmly. Expect them to be tested, and be kind to yourself if you don't always manage to hold them.

!callout warning | Your safety comes first | If you or your children are ever at risk of harm, your safety takes priority over everything else. Call 911 in an emergency, and consider contacting a local domestic violence service for confidential advice and safety planning.

## Look after the basics

When life is dominated by crisis, basic self-care is often the first thing to go. Small steps can make a surprising difference:

1. **Sleep.** Protect your sleep where you can, for example by agreeing with another family member who will answer the phone at night.
2. **Eat regular meals** and drink enough water.
3. **Move your body,** even a short walk each day.
4. **Keep one thing that is yours:** a hobby, a class, a weekly coffee with a friend.
5. **Check in with your own doctor** if you are struggling with sleep, mood or health.

## Find support for yourself

You do not have to go through this alone, and you don't have to wait for your loved one to get help before you do. Options include:

### Family support groups

Peer groups for families, including Al-Anon, Nar-Anon, SMART Recovery Family and Friends, and local parent groups, offer understanding from people who have been there.

### Counselling

A therapist, particularly one who understands substance use, can help you with stress, boundaries and communication. Approaches such as CRAFT (Community Reinforcement and Family Training) are designed specifically for family members and improve their own wellbeing as well as their loved one's chances of entering treatment.

### Family programmes at treatment centres

If your loved one is in treatment, ask about family sessions and education evenings. At Harbor Light, families are welcome at our weekly family group whether or not their loved one is currently with us.

### If you are struggling

Sometimes the weight becomes too much. If you are feeling hopeless or having thoughts of harming yourself, please reach out now. You can call or text 988 to reach the [988 Suicide & Crisis Lifeline](https://988lifeline.org/) at any hour, or talk to your doctor.

## Hope, for both of you

Many families find that, over time, they can build a life that has room for joy again, whatever path their loved one takes. Recovery is possible for people with substance use disorders, and it is possible for families too.

If you would like to talk with our family team, or simply to learn more about what support is available, call us any time. The free, confidential [SAMHSA National Helpline](https://www.samhsa.gov/find-help/helplines/national-helpline) can also point you to local family services.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'choosing-the-right-level-of-care',
    title: 'Detox, residential or outpatient? Choosing the right level of care',
    excerpt:
      'Treatment for substance use disorders comes in several levels, from outpatient therapy to round-the-clock residential care. Here is how each one works and how clinicians help you decide where to start.',
    image: 'post-levels-of-care',
    imageAlt: 'Illustration of soft teal dunes meeting a calm turquoise sea under a pale sky with a hazy sun',
    categories: ['treatment-and-recovery'],
    author: 'maya-linden',
    medicalReviewer: 'jordan-ellis',
    publishedAt: '2026-11-04T09:00:00Z',
    lastReviewedAt: '2026-11-12',
    seo: {
      title: 'Detox, residential or outpatient? Levels of care',
      description:
        'How detox, residential, partial hospitalisation, intensive outpatient and medication treatment differ, and how to choose where to start.',
    },
    sources: [
      {
        title: 'Principles of Drug Addiction Treatment: A Research-Based Guide (Third Edition)',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/principles-drug-addiction-treatment-research-based-guide-third-edition',
      },
      {
        title: 'Treatment Approaches for Drug Addiction DrugFacts',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/drugfacts/treatment-approaches-drug-addiction',
      },
      { title: 'FindTreatment.gov', publisher: 'SAMHSA', url: 'https://findtreatment.gov/' },
      {
        title: 'NIAAA Alcohol Treatment Navigator',
        publisher: 'NIAAA (National Institutes of Health)',
        url: 'https://alcoholtreatment.niaaa.nih.gov/',
      },
    ],
    body: `
When people start looking for help with alcohol or drugs, one of the first confusing things they meet is the vocabulary: detox, inpatient, residential, PHP, IOP, MAT. These terms describe different **levels of care**, which range from a weekly therapy appointment to round-the-clock medical supervision.

No level is "better" than another. The right one is the one that matches a person's needs right now, and those needs usually change over time. This guide explains the main options and how the decision is usually made.

## Why matching matters

Research summarised in [NIDA's principles of effective treatment](https://nida.nih.gov/publications/principles-drug-addiction-treatment-research-based-guide-third-edition) emphasises that no single treatment is right for everyone, and that treatment should address the whole person, not just their substance use. Too little support can leave someone struggling; too much can disrupt work, family and daily life without adding benefit.

Clinicians in the United States often use a structured framework, developed by the American Society of Addiction Medicine, that looks at several areas of a person's life to recommend a starting point.

## The main levels of care

### Medically supervised detox

Detox, also called withdrawal management, helps people stop using safely while doctors and nurses manage withdrawal symptoms. It is especially important for alcohol, benzodiazepines and other sedatives, where withdrawal can be dangerous, and it makes opioid withdrawal far more bearable. Detox usually lasts a few days to a week or so. On its own it is not treatment for a substance use disorder, but it can be the first step into it.

### Residential (inpatient) treatment

Residential programmes provide a structured, substance-free place to live while attending therapy every day, with staff available around the clock. Stays vary, often from a few weeks to a few months. Residential care suits people whose home environment makes recovery very difficult, who have not been helped enough by outpatient care, or who need a high level of support for mental or physical health.

### Partial hospitalisation (PHP)

A partial hospitalisation programme, sometimes called day treatment, offers intensive therapy for most of the day, typically five days a week, while people sleep at home or in supportive housing. It is often a step down from residential care.

### Intensive outpatient (IOP)

An intensive outpatient programme usually involves around nine or more hours a week of group and individual therapy, often in the evenings, so people can continue working or studying. It suits people who have a stable home and need more than weekly therapy.

### Outpatient therapy

Regular individual or group sessions, often weekly, form the foundation of long-term support for many people, either on their own or after a more intensive programme.

### Medication treatment

Medications for opioid use disorder and alcohol use disorder can be started, and continued, at **any** level of care. They are not a separate path but part of the toolkit wherever a person is being treated.

## Can I change my mind later?

Yes. A recommendation is a starting point, not a contract. If a level of care turns out to be more than you need, or not enough, your team can adjust it. Many people also find that their own view changes once withdrawal has eased and they have had time to think. Talking honestly with your clinician about what is and isn't working is the best way to make sure your care keeps fitting your life.

## What clinicians consider

When we recommend a level of care, we look at:

- **withdrawal risk:** which substances, how much, and past withdrawal experiences;
- **physical health:** conditions that need monitoring, pregnancy, and current medications;
- **mental health:** depression, anxiety, trauma, and any risk of suicide;
- **readiness and goals:** what the person wants, and what has worked or not worked before;
- **risk of returning to use:** cravings, recent overdoses, and how quickly use has resumed in the past;
- **home and community:** whether home is safe and supportive, and what practical responsibilities they have.

!callout info | Levels of care are a path, not a box | Most people move between levels over time: for example detox, then residential, then IOP, then weekly therapy and medication. Stepping up for a while after a difficult period is a sensible adjustment, not a failure.

## Practical questions to ask

When comparing programmes, it can help to ask:

1. Do you offer a clinical assessment before recommending a level of care?
2. Do you offer medications for opioid and alcohol use disorders?
3. How do you treat co-occurring mental health conditions?
4. How do you involve families?
5. What happens when someone finishes the programme?
6. Will you verify my insurance and explain any costs before I start?

## Getting started

You do not have to work this out on your own. Our admissions team can talk through your situation and recommend a starting point, even if that turns out to be a service other than ours. You can also search licensed programmes near you at [FindTreatment.gov](https://findtreatment.gov/), or explore alcohol treatment options with the [NIAAA Alcohol Treatment Navigator](https://alcoholtreatment.niaaa.nih.gov/).

!callout crisis | Need help now? | If someone may be overdosing or is in danger, call 911. For a mental health or suicidal crisis, call or text 988.
`,
  },
]
