/**
 * Sample articles (part A) for the bundled dataset. Bodies use the markup
 * described in scripts/seed-build.mjs. Fictional clinic; original text.
 */

const NIDA = 'NIDA (National Institutes of Health)'

export const posts = [
  /* ---------------------------------------------------------------- */
  {
    slug: 'what-heroin-does-to-the-brain',
    title: 'What heroin does to the brain',
    excerpt:
      'Heroin acts on the brain’s opioid receptors and reward circuit. Here is how it produces its effects, why tolerance and dependence develop, how dependence differs from addiction, and why recovery is possible.',
    image: 'post-heroin-brain',
    imageAlt:
      'Abstract illustration of softly glowing dots joined by curved lines on a lavender background, suggesting connections between brain cells',
    categories: ['drugs-and-their-effects'],
    author: 'maya-linden',
    medicalReviewer: 'dana-okafor',
    publishedAt: '2026-01-14T09:00:00Z',
    lastReviewedAt: '2026-09-10',
    seo: {
      title: 'What heroin does to the brain | Harbor Light',
      description:
        'How heroin acts on opioid receptors and the reward circuit, why tolerance and dependence develop, and how opioid use disorder is treated.',
    },
    sources: [
      { title: 'Heroin DrugFacts', publisher: NIDA, url: 'https://nida.nih.gov/publications/drugfacts/heroin' },
      { title: 'Heroin Research Report', publisher: NIDA, url: 'https://nida.nih.gov/publications/research-reports/heroin' },
      {
        title: 'Drugs, Brains, and Behavior: The Science of Addiction — Drugs and the Brain',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction/drugs-brain',
      },
      {
        title: 'Opioid Misuse and Addiction',
        publisher: 'MedlinePlus (National Library of Medicine)',
        url: 'https://medlineplus.gov/opioidmisuseandaddiction.html',
      },
    ],
    body: `
Heroin is an opioid made from morphine, a substance that comes from the seed pod of the opium poppy. It is usually injected, smoked or snorted, and today it is often mixed with fentanyl, a far stronger synthetic opioid. To understand why heroin can take such a strong hold on a person, and why that is not a matter of weak willpower, it helps to look at what it does inside the brain.

This article explains the science in plain language. It is not a substitute for advice from a clinician who knows your situation.

## Opioid receptors: the locks heroin fits

Your brain and body already make their own opioid-like chemicals, called endorphins and enkephalins. They help to dull pain, calm stress and create feelings of comfort. They work by attaching to proteins on the surface of nerve cells called **opioid receptors**, a little like a key fitting a lock.

Once heroin enters the brain it is quickly converted back into morphine, which fits the same locks, especially the receptors known as mu-opioid receptors. The difference is one of scale. Natural endorphins are released in small, carefully controlled amounts. Heroin floods the receptors all at once and far more strongly than the body ever would.

Opioid receptors are found in many places, which is why heroin affects so much at once:

- in areas that process **pain**, which is why opioids are powerful pain relievers;
- in the **brainstem**, which controls automatic functions such as breathing, heart rate and arousal;
- in the **reward circuit**, which shapes pleasure, motivation and habit.

## Short-term effects

Shortly after use, people often describe a rush of warmth and pleasure, followed by several hours of drowsiness, a heavy feeling in the arms and legs, and clouded thinking. Other common effects include a dry mouth, flushed skin, nausea and vomiting, and severe itching. Some people drift between being awake and semi-conscious, which is sometimes called "nodding".

The most dangerous short-term effect is on breathing. Because opioids act on the brainstem, they slow breathing down. At high doses, or when heroin contains fentanyl or is taken with alcohol or sedatives such as benzodiazepines, breathing can slow so much that the brain does not get enough oxygen. This is an opioid overdose, and it can cause brain injury or death within minutes.

!callout crisis | Signs of an opioid overdose | Call 911 if someone is very hard to wake, has pinpoint pupils, has slow, shallow or stopped breathing, makes gurgling or snoring sounds, or has blue or grey lips and fingertips. Give naloxone if you have it, try to keep them breathing, and stay with them until help arrives.

## The reward circuit and learning

Deep in the brain, a network of regions known as the reward circuit releases a chemical messenger called dopamine when we do things that help us survive, such as eating or connecting with people we love. Dopamine does not just create pleasure. It also teaches the brain to remember what led to the reward and to want it again.

Heroin triggers a surge of dopamine in this circuit that is larger and faster than natural rewards. The brain learns the lesson very strongly: people, places, moods and objects linked to heroin use become powerful cues. Long after the last use, these cues can set off intense cravings. According to [NIDA](https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction/drugs-brain), the federal institute that funds research on drug use and addiction, repeated drug use can change brain circuits involved in reward, stress and self-control, which helps to explain why stopping is so hard.

## Tolerance: needing more for the same effect

With repeated use, the brain adapts to the constant presence of opioids. Receptors become less responsive, and the brain turns down its own natural opioid and dopamine signalling. The result is **tolerance**: the same amount no longer produces the same effect, so a person may use more, or more often.

Tolerance is not uniform. The body adapts to the pleasurable effects faster than it adapts to the effect on breathing. And tolerance fades quickly after a period of not using, for example after detox, a hospital stay or time in prison. Returning to a previous amount after a break is one of the most common moments for a fatal overdose.

## Dependence is not the same as addiction

These two words are often used as if they mean the same thing, but clinicians separate them.

### Physical dependence

**Dependence** means the body has adapted to a drug so that stopping it causes withdrawal. Opioid withdrawal can include restlessness, anxiety, aching muscles and bones, sweating, yawning, a runny nose, goosebumps, stomach cramps, diarrhoea and vomiting, and trouble sleeping. It usually begins within hours of the last dose of a short-acting opioid such as heroin. It is rarely life-threatening in itself for healthy adults, but it is deeply unpleasant, and the risk of dehydration and of returning to use is real. Many people who take prescribed opioids for pain become dependent without having an addiction.

### Addiction (opioid use disorder)

**Addiction**, which clinicians diagnose as opioid use disorder, is a chronic medical condition. It is marked by compulsive use despite harm: cravings, loss of control over how much is used, giving up important activities, and continuing even when use causes problems with health, work or relationships. Dependence is often part of the picture, but addiction is about the changes in motivation, learning and self-control described above.

## What this means for treatment

The brain changes caused by heroin are real, but they are not permanent destiny. The brain can heal and relearn, and opioid use disorder is treatable. The most effective approaches combine:

1. **Medication for opioid use disorder.** Buprenorphine, methadone and naltrexone act on the same opioid receptors in different ways to ease withdrawal, reduce cravings and lower the risk of overdose.
2. **Counselling and behavioural therapy,** which help people understand their cues, build coping skills and rebuild a life that supports recovery.
3. **Practical and social support,** from housing and work to peer recovery groups and family involvement.
4. **Naloxone** kept on hand by the person and by those close to them.

If you are worried about your own heroin use or someone else's, you do not have to wait for things to get worse before asking for help. Talk to a clinician, call our admissions team, or contact the free, confidential [SAMHSA National Helpline](https://www.samhsa.gov/find-help/helplines/national-helpline) at any hour.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'what-to-expect-from-residential-treatment',
    title: 'What to expect from inpatient (residential) treatment',
    excerpt:
      'Thinking about residential treatment for yourself or someone you love? Here is what a typical stay looks like, from arrival and assessment to daily routines, family involvement and planning for life afterwards.',
    image: 'post-residential',
    imageAlt: 'Illustration of small white cottages with lit windows on a green shore beside calm teal water under a pale sun',
    categories: ['treatment-and-recovery'],
    author: 'jordan-ellis',
    medicalReviewer: 'dana-okafor',
    publishedAt: '2026-02-03T10:00:00Z',
    lastReviewedAt: '2026-08-21',
    seo: {
      title: 'What to expect from residential treatment',
      description:
        'A plain-language guide to inpatient addiction treatment: arrival, assessment, a typical day, family involvement, and planning for discharge.',
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
      { title: 'National Helpline', publisher: 'SAMHSA', url: 'https://www.samhsa.gov/find-help/helplines/national-helpline' },
    ],
    body: `
Residential treatment, often called inpatient treatment or "rehab", means living at a treatment centre for a period of time while you receive care around the clock. For many people it is the first time in a long while that they have had space to rest, think and focus fully on their health.

It is also a big step, and the unknown can feel frightening. This guide describes what a stay usually involves so that you or your loved one can arrive knowing what to expect. Every programme is different, so ask any centre you are considering how it does things.

## Who residential treatment is for

Residential care is one level of care among several. Clinicians usually recommend it when someone:

- has tried outpatient treatment and found it was not enough;
- has a home environment that makes it very hard not to use;
- has health or mental health needs that benefit from daily support;
- needs to step down from medically supervised detox into a structured setting.

It is not a requirement for recovery, and it is not a punishment. Many people do well with outpatient care or medication treatment from the start. A good assessment matches the setting to the person, not the other way round.

## Arrival and the first few days

Most stays begin with an admissions call, then a day of arrival that is deliberately unhurried. You will usually:

1. **Meet the team** and be shown your room and the shared spaces.
2. **Have a medical assessment** with a nurse and a physician, including questions about substances, medications, physical health and sleep. If you need detox, it is arranged first.
3. **Complete a clinical assessment** with a therapist, covering mental health, relationships, work, housing and what you want from treatment.
4. **Agree a treatment plan** that sets out your goals and the therapies that will help you reach them.

The first days can bring mixed feelings: relief, exhaustion, doubt, even a wish to leave. These are normal. Staff expect them and will talk them through with you.

## A typical day

Structure is part of the treatment. A predictable day lowers stress and leaves room for the hard work of change. A weekday at a residential programme often looks something like this:

- **Morning:** breakfast, medication time with the nursing team, and a short community meeting to set intentions for the day.
- **Late morning:** a therapy group, for example cognitive behavioural therapy (CBT) skills, relapse prevention or managing emotions.
- **Afternoon:** individual therapy, a psychoeducation session about how substances affect the brain, and time for exercise, outdoor walks or creative activities.
- **Evening:** dinner, a peer support meeting, phone time with family, and quiet time before lights out.

Weekends are usually lighter, with visiting hours, recreation and time for reflection.

!image body-calm-water | Illustration of a calm teal bay with small white sailboats and a wooden pier under a soft morning sun | Quiet time is built into every day.

## The therapies you are likely to meet

Good residential programmes use approaches with research behind them rather than relying on any single method. Common ones include:

### Cognitive behavioural therapy

CBT helps you notice the thoughts, feelings and situations that lead to substance use and practise new ways of responding to them.

### Motivational interviewing

A respectful, collaborative style of conversation that helps people explore their own reasons for change, without pressure or lectures.

### Medication for substance use disorders

For opioid and alcohol use disorders, medications can reduce cravings and the risk of relapse and overdose. Ask whether a programme supports them; at Harbor Light, they are available to every resident for whom they are appropriate.

### Care for co-occurring conditions

Many people live with anxiety, depression, trauma or other mental health conditions alongside substance use. Treating both together tends to work better than treating either alone.

## Staying connected with family

Family involvement can make a real difference. Many programmes offer family sessions, education evenings and regular visiting times. Phones may be limited during therapy hours so residents can concentrate, but contact with loved ones is encouraged. If family relationships are strained or unsafe, your therapist will help you decide what contact feels right.

## Planning for life after your stay

Residential care is one chapter in a longer story. From the first week, your team will start planning what comes next: outpatient therapy or an intensive outpatient programme, continued medication, peer support, and practical matters such as work, housing and health care. [NIDA's research-based guide to treatment](https://nida.nih.gov/publications/principles-drug-addiction-treatment-research-based-guide-third-edition) notes that remaining in treatment for an adequate period is important, and that recovery often involves several episodes of care over time.

Leaving can feel both exciting and daunting. A written aftercare plan, a first outpatient appointment booked before you leave, and a list of people to call make that transition safer.

!callout info | Questions to ask any residential programme | Which therapies do you use, and who delivers them? Do you offer medication for opioid and alcohol use disorders? How do you involve families? What happens if someone wants to leave early? How do you plan aftercare? A good programme will welcome these questions.

If you would like to talk through whether residential care is right for you or someone you love, our admissions team is available 24 hours a day. You can also search for licensed programmes near you at [FindTreatment.gov](https://findtreatment.gov/).
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'methamphetamine-addiction-and-its-treatment',
    title: 'Methamphetamine addiction and its treatment',
    excerpt:
      'There is no approved medication for methamphetamine use disorder yet, but treatment works. Learn how meth affects the brain and body, and why contingency management and CBT are the approaches with the strongest evidence.',
    image: 'post-meth-treatment',
    imageAlt:
      'Illustration of a pale winding path leading through warm sandy hills towards a low golden sun, with small dark trees on either side',
    categories: ['drugs-and-their-effects', 'treatment-and-recovery'],
    author: 'maya-linden',
    medicalReviewer: 'dana-okafor',
    publishedAt: '2026-02-24T09:30:00Z',
    lastReviewedAt: '2026-10-05',
    seo: {
      title: 'Methamphetamine addiction and its treatment',
      description:
        'How methamphetamine affects the brain and body, and how contingency management, CBT and whole-person care help people recover.',
    },
    sources: [
      { title: 'Methamphetamine DrugFacts', publisher: NIDA, url: 'https://nida.nih.gov/publications/drugfacts/methamphetamine' },
      {
        title: 'Methamphetamine Research Report',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/research-reports/methamphetamine',
      },
      {
        title: 'Methamphetamine',
        publisher: 'MedlinePlus (National Library of Medicine)',
        url: 'https://medlineplus.gov/methamphetamine.html',
      },
      {
        title: 'Treatment Approaches for Drug Addiction DrugFacts',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/drugfacts/treatment-approaches-drug-addiction',
      },
    ],
    body: `
Methamphetamine, often called meth, crystal or ice, is a powerful stimulant. It can be smoked, snorted, swallowed or injected, and its effects last much longer than those of many other drugs. Use has risen in many communities in recent years, and more of the supply is now contaminated with fentanyl, which adds an overdose risk many people do not expect.

If you or someone you love is struggling with methamphetamine, you may have heard that "nothing works" for it. That is not true. While there is not yet a medication approved specifically for methamphetamine use disorder, there are behavioural treatments with solid evidence, and people recover.

## How methamphetamine affects the brain and body

### In the brain

Methamphetamine causes nerve cells to release large amounts of dopamine, a chemical messenger involved in reward, motivation and movement, and it blocks the brain from clearing dopamine away. The surge is larger and lasts longer than the one produced by natural rewards, or even by cocaine.

In the short term this can bring intense energy, alertness, confidence and euphoria, along with reduced appetite and a lack of need for sleep. With repeated use, the brain adapts. Over time people can experience:

- difficulty feeling pleasure from everyday life (anhedonia);
- anxiety, irritability and mood swings;
- problems with memory, attention and decision-making;
- disturbed sleep, and in some people paranoia or hallucinations (psychosis).

Research summarised by [NIDA](https://nida.nih.gov/publications/research-reports/methamphetamine), part of the National Institutes of Health, suggests that some of these changes can partly reverse after a long period without use, although recovery of the brain takes time, often many months.

### In the body

Methamphetamine raises heart rate, blood pressure and body temperature. Long-term use can damage the heart and blood vessels, and it is linked to weight loss, severe dental problems, skin sores from picking, and a higher risk of infections such as HIV and hepatitis when injecting equipment is shared.

!callout warning | Stimulant emergencies | Call 911 if someone who has used methamphetamine has chest pain, a seizure, a very high temperature, severe confusion or agitation, or signs of a stroke such as sudden weakness on one side or difficulty speaking. Because the supply may contain fentanyl, carry naloxone too.

## Why there is no "meth medication" yet

For opioid and alcohol use disorders, medications approved by the Food and Drug Administration (FDA) are a core part of treatment. For methamphetamine, researchers have tested many candidates, and some combinations show promise in trials, but none has yet been approved for this use. Doctors may still prescribe medication to treat problems that often come alongside meth use, such as depression, anxiety or sleep difficulties, and to support detox.

That makes behavioural treatment the foundation of care, and fortunately the evidence for it is encouraging.

## Treatments with the strongest evidence

### Contingency management: rewarding recovery

**Contingency management** (CM) is the approach with the strongest research support for stimulant use disorders. The idea is simple: people receive small, tangible rewards, such as vouchers or prizes, for concrete goals like a negative drug test or attending sessions. Rewards often grow with each consecutive success and reset after a positive test, then build again.

CM works with the brain rather than against it. Methamphetamine has hijacked the reward system; CM offers immediate, reliable, healthy rewards while the brain relearns to value other things. Studies have repeatedly found that it increases periods without stimulant use and helps people stay in treatment.

### Cognitive behavioural therapy and the Matrix Model

**Cognitive behavioural therapy** (CBT) helps people recognise the situations, thoughts and feelings that lead to use, and practise concrete skills for handling cravings, stress and high-risk moments. Benefits can continue after therapy ends, because the skills stay with the person.

The **Matrix Model**, developed specifically for stimulant use, is a structured outpatient programme lasting around four months. It combines CBT, family education, relapse prevention, group support and regular drug testing, with a therapist acting as coach rather than critic.

## What whole-person treatment looks like

At Harbor Light, treatment for methamphetamine use disorder usually includes:

1. **A careful assessment** of physical health, mental health, sleep and safety, including screening for psychosis, depression and suicidal thoughts.
2. **Supervised early recovery** when needed, because the first weeks can bring exhaustion, low mood and strong cravings.
3. **Contingency management and CBT**, delivered individually and in groups.
4. **Care for co-occurring conditions,** including medication for depression or anxiety when a clinician recommends it.
5. **Family involvement and practical support** with sleep, nutrition, exercise, work and housing.
6. **A long-term plan** that may include intensive outpatient care, peer support and regular check-ins.

## Recovery takes time, and it happens

Early recovery from methamphetamine can feel flat and slow. Low energy and difficulty enjoying things are common in the first months, and they are signs of a brain that is healing, not of failure. Setbacks can happen; they are a signal to adjust the plan, not to give up.

If you are ready to talk, or not sure yet, our admissions team can answer questions confidentially. You can also call the free [SAMHSA National Helpline](https://www.samhsa.gov/find-help/helplines/national-helpline) at 1-800-662-4357, any time.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'methamphetamine-withdrawal-and-detox',
    title: 'Methamphetamine withdrawal and detox: what to expect',
    excerpt:
      'Meth withdrawal is rarely dangerous to the body, but it can bring deep exhaustion, low mood and, for some people, suicidal thoughts. Here is the usual timeline, the symptoms, and why supervised support makes a difference.',
    image: 'post-meth-withdrawal',
    imageAlt: 'Illustration of a soft peach sunrise over layered lilac and mauve hills, with faint rings of light around the sun',
    categories: ['withdrawal-and-detox'],
    author: 'maya-linden',
    medicalReviewer: 'dana-okafor',
    publishedAt: '2026-03-17T09:00:00Z',
    lastReviewedAt: '2026-10-05',
    seo: {
      title: 'Meth withdrawal and detox: timeline and symptoms',
      description:
        'What methamphetamine withdrawal feels like, how long it lasts, why mood and suicide risk need attention, and how supervised detox helps.',
    },
    sources: [
      { title: 'Methamphetamine DrugFacts', publisher: NIDA, url: 'https://nida.nih.gov/publications/drugfacts/methamphetamine' },
      {
        title: 'Methamphetamine Research Report',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/research-reports/methamphetamine',
      },
      { title: '988 Suicide & Crisis Lifeline', publisher: '988 Lifeline', url: 'https://988lifeline.org/' },
      { title: 'National Helpline', publisher: 'SAMHSA', url: 'https://www.samhsa.gov/find-help/helplines/national-helpline' },
    ],
    body: `
When a person who has been using methamphetamine regularly stops, the body and brain need time to readjust. This period is called withdrawal. Unlike withdrawal from alcohol or benzodiazepines, methamphetamine withdrawal is not usually dangerous to the body. But it can be very hard emotionally, and the risk to mental health, including the risk of suicide, is real and deserves to be taken seriously.

This article describes what people commonly experience. Everyone is different, so please talk to a clinician about your own situation.

## Why withdrawal happens

Methamphetamine floods the brain with dopamine and related chemicals. With repeated use, the brain turns down its own production and becomes less sensitive to them. When the drug is stopped, there is a shortfall: the systems that provide energy, motivation and pleasure are running low while they recover. That shortfall is what people feel as withdrawal.

## A typical timeline

There is no fixed schedule, and the pattern depends on how much and how long someone has used, their physical and mental health, and whether other substances are involved. A common course looks like this:

### The "crash": first one to three days

Right after stopping, many people sleep for very long periods and feel drained when awake. Appetite often returns strongly. Mood can drop sharply, and anxiety or irritability are common.

### Acute withdrawal: roughly the first one to two weeks

This is usually the most intense phase. People commonly describe:

- exhaustion, yet broken or restless sleep;
- strong cravings, often triggered by reminders of use;
- low mood, hopelessness or emotional numbness;
- anxiety, agitation and difficulty concentrating;
- increased appetite and body aches.

Some people who experienced paranoia or hallucinations while using may continue to have these symptoms for a while. This needs a clinician's attention.

### The following weeks and months

Most acute symptoms ease within a couple of weeks, but low mood, poor sleep, difficulty feeling pleasure and cravings can come and go for weeks or months afterwards. This longer tail is one reason ongoing treatment after detox is so important.

## Mood, depression and suicide risk

Depression during methamphetamine withdrawal can be severe, and it can arrive suddenly. Some people have thoughts of suicide, even if they have never had them before. These thoughts are a symptom of a brain under strain, and they can be treated. They are a reason to reach out for help immediately, not a reason for shame.

!callout crisis | If you are having thoughts of suicide | Call or text 988 to reach the 988 Suicide & Crisis Lifeline, any time of day or night. If you are in immediate danger, call 911. If someone you love is talking about suicide, stay with them, remove anything they could use to harm themselves, and get help.

If you are supporting someone through withdrawal, gently ask how they are feeling, including directly about suicidal thoughts. Asking does not put the idea in someone's head, and it can open the door to getting help.

## Why supervised detox helps

Because there is no medication approved specifically for methamphetamine withdrawal, some people assume they should simply tough it out alone. Supervised care offers several things that make this period safer and more bearable:

1. **Regular check-ins on mood and safety**, with staff who know how to respond if suicidal thoughts or psychosis appear.
2. **Medical assessment** of the heart, blood pressure, nutrition, hydration and any infections, which are often neglected during heavy use.
3. **Medication for symptoms** when appropriate, for example for sleep, anxiety or agitation, prescribed and monitored by a clinician.
4. **Help with other substances.** Many people also use alcohol, opioids or benzodiazepines. Withdrawal from these can be dangerous and needs medical management.
5. **A bridge into treatment.** Detox alone rarely leads to lasting change. Moving straight into therapy, such as contingency management and cognitive behavioural therapy, makes recovery more likely.

You can read more about how methamphetamine affects the brain and body in the [NIDA Methamphetamine DrugFacts](https://nida.nih.gov/publications/drugfacts/methamphetamine).

## Looking after yourself during withdrawal

Alongside professional support, these simple things can help:

- **Sleep and eat** as much as you need. Regular, simple meals and plenty of water matter.
- **Keep the environment calm** and, as far as possible, free of reminders of use.
- **Stay connected** with someone you trust, and let them know how you are really doing.
- **Move gently,** for example with short walks, as energy returns.
- **Be patient.** Feeling flat is expected, and it does improve.

### A word on overdose risk

If a person returns to use after a period of stopping, the drug may affect them more strongly than before, and the supply may contain fentanyl. Keeping naloxone nearby and never using alone can save a life.

## Getting support

If you are thinking about stopping methamphetamine, or you are in withdrawal now and struggling, you do not have to do it alone. Our admissions team can talk you through supervised detox and what comes next, confidentially and 24 hours a day.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'recognising-benzodiazepine-misuse',
    title: 'Recognising benzodiazepine misuse: Valium, Xanax and similar medications',
    excerpt:
      'Benzodiazepines such as diazepam (Valium) help many people, but they can lead to misuse and dependence. Learn the warning signs, why mixing them with opioids or alcohol is dangerous, and why stopping should always be medically supervised.',
    image: 'post-benzodiazepines',
    imageAlt: 'Illustration of a balanced stack of smooth grey stones on a sandy shore beside a calm blue sea under a pale yellow sun',
    categories: ['drugs-and-their-effects', 'withdrawal-and-detox'],
    author: 'maya-linden',
    medicalReviewer: 'dana-okafor',
    publishedAt: '2026-04-08T09:00:00Z',
    lastReviewedAt: '2026-10-14',
    seo: {
      title: 'Recognising benzodiazepine (Valium) misuse',
      description:
        'Signs of benzodiazepine misuse, the dangers of mixing with opioids or alcohol, and why stopping needs a medically supervised taper.',
    },
    sources: [
      {
        title: 'Prescription CNS Depressants DrugFacts',
        publisher: NIDA,
        url: 'https://nida.nih.gov/publications/drugfacts/prescription-cns-depressants',
      },
      {
        title: 'FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class',
        publisher: 'U.S. Food and Drug Administration',
        url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
      },
      {
        title: 'Preventing Opioid Overdose',
        publisher: 'Centers for Disease Control and Prevention (CDC)',
        url: 'https://www.cdc.gov/overdose-prevention/prevention/index.html',
      },
      { title: 'National Helpline', publisher: 'SAMHSA', url: 'https://www.samhsa.gov/find-help/helplines/national-helpline' },
    ],
    body: `
Benzodiazepines are a group of prescription medicines that calm the brain. They include diazepam (Valium), alprazolam (Xanax), lorazepam (Ativan) and clonazepam (Klonopin). Prescribed and monitored carefully, they can be very helpful for panic attacks, severe anxiety, muscle spasms, seizures and alcohol withdrawal.

They also carry real risks. Taken for long periods, in higher doses than prescribed, or alongside opioids or alcohol, they can lead to dependence, misuse and overdose. Counterfeit pills sold as "Xanax" or "Valium" are another growing danger, because they may contain other sedatives or fentanyl.

This article will help you recognise when benzodiazepine use may have become a problem, and explain why stopping safely needs medical help.

## How benzodiazepines work

Benzodiazepines boost the effect of GABA, the brain's main "slow down" chemical messenger. That is what makes them calming and sleep-inducing. Over weeks of regular use, the brain adapts by becoming less sensitive to GABA. Two things follow: the same dose can feel less effective (tolerance), and the brain comes to rely on the medicine to stay in balance (physical dependence).

Dependence can happen even when someone takes exactly what was prescribed. It is not the same as misuse or addiction, but it does mean that stopping suddenly is risky.

## Signs that use may have become misuse

Misuse means taking a medicine in a way other than prescribed, taking someone else's medicine, or taking it for the feeling it causes. Signs to look out for include:

- taking larger doses, or taking doses more often, than prescribed;
- running out of a prescription early, or seeing several prescribers;
- buying pills from friends or online, or using other people's medication;
- using benzodiazepines to get high, or with alcohol or opioids to strengthen the effect;
- drowsiness, slurred speech, unsteadiness, or memory gaps that others notice;
- feeling anxious, shaky or unable to sleep between doses;
- continuing to use despite problems at work, at home or with driving.

If several of these sound familiar, it is worth speaking honestly with a clinician. Many people reach this point gradually and without ever intending to, and help is available without judgement.

## The danger of mixing with opioids or alcohol

Benzodiazepines, opioids and alcohol all slow breathing. Taken together, their effects add up and can multiply, which makes the combination one of the most common factors in fatal overdoses. The U.S. Food and Drug Administration requires a [boxed warning on benzodiazepines](https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class), its most prominent type of warning, about the risks of misuse, addiction, dependence, withdrawal and use with opioids.

!callout crisis | Overdose is an emergency | Call 911 if someone is very hard to wake, breathing slowly or not at all, or has blue or grey lips. If opioids may be involved, give naloxone: it will not reverse the benzodiazepine, but it can reverse the opioid part of a mixed overdose and it will not harm someone who has not taken opioids. Stay with them until help arrives.

## Why you should never stop suddenly

If your body has become dependent on a benzodiazepine, stopping abruptly, or cutting down too quickly, can cause withdrawal. Symptoms can include:

- rebound anxiety, panic and irritability;
- severe insomnia;
- tremor, sweating and a racing heart;
- sensitivity to light and sound, and feelings of unreality;
- in severe cases, confusion, hallucinations and **seizures**, which can be life-threatening.

### What a medically supervised taper looks like

The safest way to stop is a **gradual, supervised taper**, planned with a clinician. A taper usually:

1. begins with a full assessment of how much you are taking, for how long, and any other substances or health conditions;
2. may switch a short-acting medicine to a longer-acting one, such as diazepam, to smooth out the ups and downs;
3. reduces the dose in small steps, often over weeks or months, adjusting the pace to how you feel;
4. treats the reason the medicine was first prescribed, for example with therapy for anxiety or sleep;
5. includes regular check-ins, and a plan for what to do if symptoms become severe.

For people who are also dependent on alcohol or opioids, or who have been taking high doses, starting in an inpatient detox setting may be the safest choice.

## Treatment and support

There is no medication approved specifically to treat benzodiazepine use disorder, but behavioural therapies such as cognitive behavioural therapy help people manage anxiety and sleep problems without relying on medicine, and support recovery over the long term. If opioid use is also part of the picture, medications for opioid use disorder remain important and can be used safely with careful medical oversight.

## If you are worried about someone else

Choose a calm moment, speak from care rather than blame, and focus on specific things you have noticed. Encourage them to talk to their prescriber rather than stopping on their own, and keep naloxone at home if opioids are anywhere in the picture.

For confidential advice, call our admissions team any time, or the free [SAMHSA National Helpline](https://www.samhsa.gov/find-help/helplines/national-helpline) at 1-800-662-4357.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'fentanyl-overdose-and-naloxone',
    title: 'Fentanyl, overdose and naloxone: what everyone should know',
    excerpt:
      'Fentanyl is now found throughout the illicit drug supply, often without people knowing. Learn how it causes overdose, how to recognise one, and how naloxone and a few simple steps can save a life.',
    image: 'post-fentanyl-naloxone',
    imageAlt: 'Illustration of a lighthouse at night on a dark island, its beams reaching across a starry navy sky and calm sea',
    imageCaption: 'Naloxone can be carried by anyone, like a light kept ready.',
    categories: ['drugs-and-their-effects'],
    author: 'maya-linden',
    medicalReviewer: 'dana-okafor',
    publishedAt: '2026-05-05T09:00:00Z',
    lastReviewedAt: '2026-11-03',
    seo: {
      title: 'Fentanyl, overdose and naloxone',
      description:
        'Why fentanyl makes overdose more likely, how to recognise an opioid overdose, and how to use naloxone to help save a life.',
    },
    sources: [
      { title: 'Fentanyl DrugFacts', publisher: NIDA, url: 'https://nida.nih.gov/publications/drugfacts/fentanyl' },
      { title: 'Naloxone DrugFacts', publisher: NIDA, url: 'https://nida.nih.gov/publications/drugfacts/naloxone' },
      {
        title: 'Preventing Opioid Overdose',
        publisher: 'Centers for Disease Control and Prevention (CDC)',
        url: 'https://www.cdc.gov/overdose-prevention/prevention/index.html',
      },
      { title: 'Stop Overdose', publisher: 'Centers for Disease Control and Prevention (CDC)', url: 'https://www.cdc.gov/stop-overdose/' },
      { title: 'National Helpline', publisher: 'SAMHSA', url: 'https://www.samhsa.gov/find-help/helplines/national-helpline' },
    ],
    body: `
Fentanyl is a synthetic opioid. As a prescription medicine, it is used under close medical supervision for severe pain, for example after surgery. But most fentanyl involved in overdoses today is made illegally, and it has spread through much of the drug supply. It can be found in powders sold as heroin or cocaine, in methamphetamine, and in counterfeit pills made to look like prescription painkillers or sedatives.

Because of this, many people who overdose on fentanyl did not know they were taking it. Knowing how to recognise an overdose and how to use naloxone is now a basic life skill, like knowing how to call for an ambulance.

## Why fentanyl is so dangerous

Fentanyl acts on the same opioid receptors in the brain as heroin, morphine and oxycodone, but it is far more potent. [NIDA's fentanyl fact sheet](https://nida.nih.gov/publications/drugfacts/fentanyl) describes it as up to 50 times stronger than heroin and 100 times stronger than morphine. A very small amount can slow or stop breathing.

Several things make illicit fentanyl especially risky:

- **Unpredictable strength.** Fentanyl is not evenly mixed, so one part of a batch, or one pill, can contain far more than another.
- **Hidden presence.** It has no reliable taste or smell and may be in drugs that are not sold as opioids.
- **Speed.** Overdose can happen within minutes, leaving little time to respond.
- **Combinations.** Mixed with alcohol, benzodiazepines or other sedatives such as xylazine, the risk to breathing rises further.

## How to recognise an opioid overdose

An overdose happens when opioids slow breathing so much that the brain does not get enough oxygen. Signs include:

- the person cannot be woken, or is very hard to wake, even when you shout or rub their breastbone firmly;
- slow, shallow or stopped breathing;
- choking, gurgling or snoring sounds;
- very small, "pinpoint" pupils;
- blue, grey or pale lips and fingertips, and cold, clammy skin;
- a limp body.

If you are not sure, treat it as an overdose. Acting quickly cannot hurt; waiting can.

## Naloxone: the medicine that reverses opioid overdose

**Naloxone** is a medicine that rapidly reverses an opioid overdose. It attaches to opioid receptors more strongly than fentanyl or heroin, knocking them off for a while and allowing breathing to restart. It works only on opioids, and it will not harm someone who has not taken any, so you do not need to be certain before giving it.

Naloxone nasal spray is available without a prescription at pharmacies across the United States, and many health departments and community programmes hand it out free. It is simple to use: no training is needed beyond reading the instructions on the box, although a short practice with a trainer helps many people feel confident.

!callout crisis | What to do in an overdose | 1) Call 911 and say the person is not breathing or is unresponsive. 2) Give naloxone: spray one dose into one nostril. 3) Support breathing: if you are trained, give rescue breaths; otherwise, follow the dispatcher's instructions. 4) If there is no response after two to three minutes, give a second dose in the other nostril. 5) Stay with the person, and once they are breathing, roll them onto their side. Naloxone wears off faster than many opioids, so they still need emergency care.

Naloxone is effective against fentanyl, but because fentanyl is so strong, more than one dose is sometimes needed. That is why the instructions tell you to give a second dose if the person has not responded after a few minutes. If you have a choice, keep two doses together.

Many states have Good Samaritan laws that offer some legal protection to people who call for help during an overdose. The details vary from state to state, but the message is the same everywhere: call for help.

## After someone is revived

Waking from an overdose can be frightening and disorienting, and people may feel sudden withdrawal symptoms such as sweating, shaking, vomiting and agitation. Stay calm, explain what happened, and keep them from using more opioids to ease withdrawal, because the naloxone will wear off and the overdose could return. Emergency staff can check them over and may be able to start treatment, including medication for opioid use disorder, then and there.

## Lowering the risk of overdose

For anyone who uses drugs, or loves someone who does, these steps can save lives:

1. **Carry naloxone** and make sure people around you know where it is.
2. **Never use alone.** If you do, tell someone who can check on you.
3. **Start low and go slow,** especially after a break, when tolerance is lower.
4. **Avoid mixing** opioids with alcohol, benzodiazepines or other sedatives.
5. **Use fentanyl test strips** where they are legal, remembering that a negative result is not a guarantee.
6. **Consider treatment.** Medications for opioid use disorder, such as buprenorphine and methadone, greatly reduce the risk of dying from an overdose.

## Getting help

Overdose is not inevitable, and neither is a lifetime of opioid use. Treatment works, and it can begin on the same day you ask. Our admissions team is available 24 hours a day, and the [SAMHSA National Helpline](https://www.samhsa.gov/find-help/helplines/national-helpline) offers free, confidential referrals at 1-800-662-4357.
`,
  },
]
