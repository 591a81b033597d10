/**
 * Sample videos for the bundled dataset. The YouTube ids are invented
 * placeholders; transcripts are original text. Paragraphs in a transcript
 * are separated by blank lines.
 */

export const videos = [
  /* ---------------------------------------------------------------- */
  {
    slug: 'a-tour-of-our-residential-programme',
    title: 'A tour of our residential programme',
    youtubeId: 'hLr7Tq2vKxA',
    publishedAt: '2026-03-03T15:00:00Z',
    durationSeconds: 312,
    image: 'video-residential-tour',
    imageAlt: 'Video thumbnail: illustration of small white cottages on a sandy shore beside calm water under a warm golden sky',
    description:
      'Clinical Director Jordan Ellis walks you through a day in our residential programme: the houses, the therapy rooms, the daily routine and how families stay involved.',
    seo: {
      title: 'Video: a tour of our residential programme',
      description:
        'Walk through a day in residential treatment at Harbor Light: the houses, therapy groups, daily routine and family involvement.',
    },
    transcript: `
Hi, I'm Jordan Ellis, Clinical Director here at Harbor Light Recovery Center. A lot of people who call us about residential treatment tell me the hardest part is not knowing what they're walking into. So today I'd like to show you around and describe what a day here actually looks like.

We're starting at the front door of our welcome building. This is where everyone arrives. There's no big reception desk and no waiting room full of forms. One of our admissions coordinators meets you here, offers you something to drink, and sits down with you in one of these small rooms. If you need detox first, you'll go next door to our medical unit, where nurses are on duty around the clock. If you've already completed detox, you'll meet your nurse and your therapist on the first day.

Now we're walking along the path to the residential houses. There are four of them, each with room for eight people. Every house has a shared kitchen and living room, and most bedrooms are private or shared by two people. People often ask whether it feels like a hospital. It doesn't. It's meant to feel like a calm, ordinary home, because recovery is about learning to live well in ordinary places.

Here's the main group room. Most days begin with a short community meeting at nine o'clock, where everyone checks in and sets an intention for the day. After that there's a therapy group. On different days that might be cognitive behavioural therapy, relapse prevention, or skills for handling difficult emotions. Groups are small, usually eight to ten people, and they're led by licensed therapists.

Down this corridor are the individual therapy rooms. Each resident meets their own therapist at least twice a week. This is where the most personal work happens: understanding what has driven substance use, working through trauma or grief where that's part of someone's story, and planning for the future.

This is our medical office. Our physicians and nurses see residents every day. They manage medications, including medications for opioid and alcohol use disorders, and they look after physical health, sleep and any mental health conditions. I want to be clear about something: medication for opioid or alcohol use disorder is welcome here. Nobody is asked to stop a medication that's helping them.

Afternoons include education sessions, exercise, time outdoors, and creative activities like art and music. We have a walking trail down to the water, which a lot of people say becomes their favourite part of the day. Evenings are for dinner together, peer support meetings, phone calls home and quiet time.

Families are an important part of treatment. Every weekend we have visiting hours, and each week there's a family session and a family education evening. If family relationships are complicated, your therapist will help you work out what kind of contact feels right and safe.

Finally, from the very first week, we start talking about going home. Before anyone leaves, they have a written aftercare plan, appointments already booked, and people to call. Many residents step down into our intensive outpatient programme.

If you have questions, or you'd like to talk about whether residential treatment is right for you or someone you love, our admissions line is open 24 hours a day. Thanks for spending this time with us.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'what-detox-feels-like-day-by-day',
    title: 'What detox feels like, day by day',
    youtubeId: 'dT4oWm9sPzE',
    publishedAt: '2026-04-21T15:00:00Z',
    durationSeconds: 318,
    image: 'video-detox-day-by-day',
    imageAlt: 'Video thumbnail: illustration of layered lilac and blue waves under a pale peach sky with a soft coral sun',
    description:
      'Dr. Dana Okafor, our Medical Director, describes what people commonly experience during medically supervised detox, from the first evening to the day they move on, and how our team keeps them safe and comfortable.',
    seo: {
      title: 'Video: what detox feels like, day by day',
      description:
        'Our Medical Director explains what people commonly feel during supervised detox, day by day, and how the team keeps them safe.',
    },
    transcript: `
Hello, I'm Dr. Dana Okafor, Medical Director at Harbor Light. One of the most common worries I hear is fear of detox itself. People have often tried to stop on their own and had a very hard time. In this video I want to describe what detox is usually like here, day by day. Everyone is different, and your experience will depend on the substances involved, how long you've been using, and your health, so please treat this as a general picture rather than a promise.

Let's start with arrival, which I'll call day zero. When you arrive, a nurse takes your vital signs, asks about your recent use and any previous withdrawals, and reviews your medications. Then you meet a physician, who examines you and agrees a plan with you. You'll be shown to a private room, and we'll make sure you have water, something to eat if you can manage it, and a way to call the nurse any time. Many people feel a mix of relief and nervousness that first evening. Both are completely normal.

Days one and two are often the hardest. With alcohol, early symptoms like shaking, sweating, anxiety and trouble sleeping usually appear within the first day. That's exactly why we're here: nurses check on you regularly using a standard scoring tool, and we give medication early to prevent complications such as seizures. With opioids, people often feel achy, restless, sweaty, with stomach cramps and a runny nose. For opioid withdrawal, we usually offer buprenorphine or methadone, and most people feel dramatically better within hours of the first dose. With stimulants like methamphetamine, the first days are more about exhaustion and low mood, so we focus on rest, food and emotional support.

During these days, we don't expect you to do much. Sleep when you can. Eat small amounts. Drink plenty of fluids. Counsellors and peer support staff will stop by, but there's no pressure to attend groups until you feel ready.

Days three to five are usually a turning point. For many people, the physical symptoms start to ease. Appetite returns, sleep begins to improve, and people start to feel more like themselves. This is often when someone joins their first group session, or has a longer conversation with a therapist about what comes next. It's also a time when emotions can surface strongly: sadness, guilt, anger, sometimes grief. Our team is ready for that. If anyone has thoughts of suicide, we want to know, and we'll help.

Days five to seven, for most people, is when detox comes to an end. Your physician will check that you're medically stable, and your team will help you move into the next stage of care. That might be our residential programme, an outpatient programme, continued medication treatment, or a service closer to home. We won't discharge you without a plan and a booked appointment.

One important safety point. After detox, tolerance to opioids drops quickly. If someone returns to using the amount they used before, the risk of overdose is much higher. So before anyone with an opioid history leaves, we provide naloxone and show them and their family how to use it.

If you're worried about withdrawal, please don't try to go through it alone, especially with alcohol or benzodiazepines, where stopping suddenly can be dangerous. Call us, or talk to your own doctor. We're here 24 hours a day.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'a-physician-explains-buprenorphine',
    title: 'A physician explains buprenorphine',
    youtubeId: 'bUp3nQ8cRfY',
    publishedAt: '2026-06-23T15:00:00Z',
    durationSeconds: 302,
    image: 'video-buprenorphine',
    imageAlt: 'Video thumbnail: abstract illustration of soft overlapping teal and cream circles above gentle green waves',
    description:
      'Dr. Dana Okafor explains how buprenorphine works for opioid use disorder, how treatment is started, common side effects, and answers to questions patients often ask.',
    seo: {
      title: 'Video: a physician explains buprenorphine',
      description:
        'How buprenorphine treats opioid use disorder, how it is started safely, common side effects, and answers to frequent questions.',
    },
    transcript: `
Hi, I'm Dr. Dana Okafor. I'm board-certified in addiction medicine, and I prescribe buprenorphine to many of our patients. Today I want to explain what buprenorphine is, how it works, and what starting treatment looks like, because there's still a lot of misunderstanding about it.

Buprenorphine is a medication for opioid use disorder. It's approved by the U.S. Food and Drug Administration, and it's one of the most effective treatments we have. Studies consistently show that people who take buprenorphine are more likely to stay in treatment, use fewer illicit opioids, and are much less likely to die of an overdose.

So how does it work? Opioids like heroin, fentanyl and oxycodone act on receptors in the brain called opioid receptors. Buprenorphine acts on those same receptors, but it's what we call a partial agonist. That means it switches them on, but only partway. That's enough to stop withdrawal and quiet cravings, but it levels off at higher doses, which we call a ceiling effect. On its own, that makes it much less likely to cause the dangerous slowing of breathing that leads to overdose. Buprenorphine also holds on to the receptors very tightly, so if someone does use another opioid while taking it, the effect is usually much weaker.

Most people take buprenorphine as a film or tablet that dissolves under the tongue, once a day. Many products also contain naloxone, which is there to discourage injecting the medication. There's also a monthly injection, which some people prefer because they don't have to remember a daily dose.

Now, starting treatment. Because buprenorphine holds on so tightly to the receptors, if you take it while there's still a lot of another opioid in your system, it can push that opioid off and cause sudden withdrawal. So we usually ask people to wait until they're in mild to moderate withdrawal before the first dose. We'll tell you what signs to look for, and we'll stay in touch during the first day or two. For people who've been using fentanyl, which can linger in the body, we sometimes use different starting approaches, including starting with very small doses. That's something we'll plan together.

Side effects are usually mild. Constipation, headache, nausea and trouble sleeping are the most common, and they often settle in the first few weeks. It's important not to mix buprenorphine with alcohol or sedatives like benzodiazepines without talking to your prescriber, because together they can slow breathing.

People often ask me, isn't this just replacing one drug with another? I understand why people ask, but the answer is no. At a stable dose, buprenorphine doesn't cause a high. It lets people get out of the cycle of craving, using and withdrawal, so they can focus on their health, their work and their families. We think of it the way we think about medicines for other long-term conditions.

Another common question is, how long will I need it? There's no fixed answer. Many people do best staying on it for a long time, often years. Stopping too early increases the risk of returning to use and of overdose. If you decide to stop, we'll plan a slow taper together.

If you'd like to talk about whether buprenorphine is right for you, our team can usually see you within a day or two, and often start treatment at that first visit. And whatever you decide, please keep naloxone at home. Thanks for watching.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'a-family-guide-to-the-first-conversation',
    title: 'A family member’s guide to the first conversation',
    youtubeId: 'fAm1yC6kLgU',
    publishedAt: '2026-08-18T15:00:00Z',
    durationSeconds: 298,
    image: 'video-first-conversation',
    imageAlt: 'Video thumbnail: illustration of a garden of small flowers before soft green trees and hills under a pale sage sky',
    description:
      'Jordan Ellis, LCSW, shares practical, evidence-based tips for starting a conversation with a loved one about their substance use, drawing on the CRAFT approach.',
    seo: {
      title: 'Video: the first conversation about substance use',
      description:
        'Practical tips, drawn from the CRAFT approach, for families starting a calm, caring conversation with a loved one about substance use.',
    },
    transcript: `
Hi, I'm Jordan Ellis. I'm a clinical social worker and I lead our family programme at Harbor Light. If you're watching this, you're probably worried about someone you love, and you may be wondering how to raise the subject of their drinking or drug use without it turning into an argument. I want to share some ideas that come from an approach called CRAFT, which stands for Community Reinforcement and Family Training. It was designed for families exactly like yours, and research shows it helps many families get their loved one into treatment, while also helping the family members feel better themselves.

The first idea is about mindset. Substance use disorder is a health condition. Your loved one is not a bad person, and you're not a bad parent, partner or friend. Try to go into the conversation thinking, I'm on their side, even though I'm against what the substance is doing to them. That attitude comes across in your tone, even when the words aren't perfect.

The second idea is timing. Choose a moment when they're sober and fairly calm, and when you're calm too. Avoid the middle of a crisis, or first thing after they've come home intoxicated. A good moment is often soon after something has gone wrong because of their use, when they may be more open to talking, but not while emotions are still running high.

Third, keep it short and use I statements. Instead of saying, you're always drunk, you might say, I was really worried on Friday night when you didn't answer your phone. Describe what happened, say how you felt, and leave out the labels. Labels that define a person by their substance use tend to make people defensive, so it's usually better to talk about specific things you've seen.

Fourth, offer something concrete. For example, I found a place that does a confidential phone assessment. Would you be willing to call them with me? If you have a specific next step ready, it's much easier for someone to say yes in the moment. So before you talk, find one or two options, check what their insurance covers, and have the phone number ready.

Fifth, expect that the first conversation might not go well. Denial, anger or changing the subject are really common. That doesn't mean you've failed. Stay calm, don't escalate, and leave the door open. You might say, okay, I'm not going anywhere, and I'm here when you want to talk. You can come back to it another day.

A big part of CRAFT is also noticing and rewarding the times your loved one isn't using, by spending enjoyable time together and showing appreciation, while stepping back from rescuing them from the consequences of use.

Finally, safety. If there's any risk of violence, don't have this conversation alone; get professional advice first. If opioids are involved, keep naloxone at home and learn how to use it. And if anyone is in immediate danger, call 911. If someone's talking about suicide, call or text 988.

Please remember to look after yourself, too. Family support groups and counselling can make a real difference. If you'd like help preparing for this conversation, our family team is happy to talk. Thanks for watching.
`,
  },

  /* ---------------------------------------------------------------- */
  {
    slug: 'how-naloxone-works',
    title: 'How naloxone works, and how to use it',
    youtubeId: 'nX5lzH0oVbJ',
    publishedAt: '2026-10-13T15:00:00Z',
    durationSeconds: 246,
    image: 'video-naloxone',
    imageAlt:
      'Video thumbnail: illustration of a lighthouse on a small island at dusk, its light beams crossing a lavender sky over calm water',
    description:
      'A short, practical guide to naloxone: how it reverses an opioid overdose, how to recognise an overdose, and the steps to take, explained by Dr. Dana Okafor.',
    seo: {
      title: 'Video: how naloxone works, and how to use it',
      description:
        'How naloxone reverses an opioid overdose, how to recognise one, and the simple steps anyone can take to help save a life.',
    },
    transcript: `
Hi, I'm Dr. Dana Okafor. In the next few minutes, I want to show you how naloxone works and how to use it. Naloxone is a medicine that can reverse an opioid overdose, and anyone can learn to use it. If you or anyone you know uses opioids, or any drugs that could contain fentanyl, this could help you save a life.

First, what happens in an opioid overdose. Opioids, including heroin, fentanyl and prescription painkillers, act on receptors in the part of the brain that controls breathing. Too much opioid and breathing slows down, and can stop. Without enough oxygen, the brain can be injured within minutes, and the person can die.

Naloxone works by attaching to those same opioid receptors even more strongly than the opioids do. It pushes the opioids off the receptors for a while, which lets breathing restart. Naloxone only works on opioids. If someone hasn't taken opioids, it won't harm them, so if you're not sure, it's safe to give it.

So how do you recognise an overdose? Look for someone who won't wake up, even if you shout their name or rub hard on their breastbone with your knuckles. Their breathing may be very slow or shallow, or they may be making gurgling or snoring sounds. Their pupils may be tiny, and their lips and fingertips may look blue or grey.

If you see these signs, here's what to do. Step one: call 911. Tell the dispatcher the person isn't responding and isn't breathing normally. Step two: give naloxone. Most people carry the nasal spray. Peel back the package, hold the spray with your thumb on the plunger and two fingers on either side of the nozzle. Tip the person's head back, put the nozzle all the way into one nostril, and press the plunger firmly. That's it, the whole dose is delivered.

Step three: support their breathing. If you're trained in rescue breathing, start now. If not, the 911 dispatcher can guide you. Step four: if there's no response after two to three minutes, give a second dose in the other nostril. With strong opioids like fentanyl, more than one dose is sometimes needed. Step five: stay with them. When they start breathing, roll them onto their side in the recovery position so they don't choke.

When someone wakes up after naloxone, they may suddenly go into withdrawal. They might feel sick, shaky, sweaty and upset. Stay calm, explain what happened, and encourage them to wait for the ambulance. Naloxone can wear off before the opioids do, so the overdose can come back. They need medical care even if they seem fine.

Naloxone nasal spray is available without a prescription at pharmacies, and many community programmes give it away free. Keep it somewhere easy to find, check the expiry date, and tell the people around you where it is.

Finally, an overdose can be a turning point. Treatment for opioid use disorder, including medications like buprenorphine and methadone, greatly lowers the risk of dying from an overdose. If you'd like to talk about treatment, call us any time, day or night. Thank you for learning this. It matters.
`,
  },
]
