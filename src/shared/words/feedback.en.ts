import type { FeedbackMessages } from './feedback.sv.js';

export const feedbackEn: FeedbackMessages = {
  form: {
    pageTitle: 'Tell us about the SIP meeting – Samplan',
    title: 'What did you think of the SIP meeting?',
    intro:
      'You took part in a meeting about your coordinated individual plan (SIP), or the plan of someone close to you. Tell us how it went. It takes a few minutes.',
    anonymous:
      'You are anonymous. We do not keep who you are, and nobody can see what you answered. Answers are counted together with others’.',
    scaleHelp: '1 means not at all, 5 means completely.',
    loading: 'Loading the form …',
    questions: {
      respect: 'Were you treated with respect?',
      coDetermination: 'Did you get to take part in the decisions?',
      relevance: 'Was the meeting about what matters to you?',
      structure: 'Was the meeting well organised?',
      information: 'Did you get the information you needed?',
      followUp: 'Do you know what happens now and when the plan will be followed up?',
    },
    score: {
      '1': '1 – Not at all',
      '2': '2',
      '3': '3',
      '4': '4',
      '5': '5 – Completely',
      dontKnow: 'Don’t know',
    },
    freeText: 'Anything else you want to say? (optional)',
    freeTextHelp: 'Do not write your name or identity number. At most 2,000 characters.',
    send: 'Send my answers',
    sending: 'Sending …',
    unanswered: 'Choose an answer to every question, or “Don’t know”. Missing: {{questions}}.',
    thanksTitle: 'Thank you for your answers!',
    thanks:
      'Your answers help those who work with SIP to do better. The link will not work again. You can close the page now.',
    closedTitle: 'This link cannot be used to answer',
  },
  offer: {
    title: 'Feedback from the individual',
    intro:
      'After the meeting, the individual or a relative can give feedback on it, anonymously. Create a card with a link and a QR code and hand it to them. Each card works once and for 30 days.',
    create: 'Create feedback card',
    creating: 'Creating …',
    cardTitle: 'Tell us about the SIP meeting',
    cardText:
      'How was the meeting about your plan? Scan the QR code with your phone or type in the address. It takes a few minutes and you are anonymous.',
    qrLabel: 'QR code to the form',
    address: 'Address',
    validUntil: 'Valid until {{date}}',
    shownOnce:
      'The card is shown only now – Samplan does not keep the link. Print the card, or create a new one if needed.',
    print: 'Print the card',
  },
  results: {
    nav: 'Feedback',
    title: 'Feedback after SIP meetings',
    intro:
      'Averages of the six questions, from 1 (not at all) to 5 (completely), for meetings convened by your unit (manager), your organisation (administrator) or the whole county (coordinator). Answers are shown only when there are at least 5, so nobody can be recognised.',
    from: 'From',
    to: 'To',
    show: 'Show',
    loading: 'Loading feedback …',
    fewerThanFive: 'Fewer than 5 answers – the result is not shown.',
    answers: 'Answers: {{count}}',
    question: 'Question',
    average: 'Average',
    answered: 'Answered (not “Don’t know”)',
    tooFew: 'Fewer than 5 answers',
    freeTexts: 'Free-text answers',
    noFreeTexts: 'No free-text answers.',
    questions: {
      respect: 'Treated with respect',
      coDetermination: 'Co-determination',
      relevance: 'Relevance',
      structure: 'Structure',
      information: 'Information',
      followUp: 'Follow-up',
    },
  },
};
