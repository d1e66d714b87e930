/**
 * Why each recommendation is shown, in the person's own terms ("You told us ..."). Keyed by the
 * engine's reason codes; the words change with who is answering (the person harmed, someone worried
 * about them, or a professional). Plain English, short sentences.
 */

import type { ReasonCode } from '../../machines/recommend';
import type { TriageAnswers } from '../../schemas/answers';
import { AREA_NAMES } from './areas';

type Voice = { you: string; your: string; youAre: string; youHave: string; theyOrYou: string };

const voiceOf = (a: TriageAnswers): Voice =>
  a.role === 'someone-else' || a.role === 'professional'
    ? {
        you: 'they',
        your: 'their',
        youAre: 'they are',
        youHave: 'they have',
        theyOrYou: 'the person you are helping',
      }
    : { you: 'you', your: 'your', youAre: 'you are', youHave: 'you have', theyOrYou: 'you' };

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function reasonText(code: ReasonCode, a: TriageAnswers): string {
  const v = voiceOf(a);
  const area = a.area ? AREA_NAMES[a.area] : '';
  switch (code) {
    case 'immediate-danger':
      return 'You told us someone is in danger now. Call 999.';
    case 'emergency-any-time':
      return 'If anyone is ever in danger, call 999, day or night.';
    case 'silent-solution':
      return 'If you cannot speak, cough or tap the phone, then press 55 when asked. This is called the Silent Solution: the police will know you need help.';
    case 'bsl-999':
      return 'You told us about hearing, speech or British Sign Language. You can call 999 in BSL by video, through the 999 BSL website or app. On the Relay UK app, tap the 999 button. From a textphone, dial 18000.';
    case 'front-door-kent':
      return `You told us ${v.you} live in ${area}. In Kent, Victim Support is the way in to local domestic abuse services.`;
    case 'front-door-medway':
      return `You told us ${v.you} live in Medway. In Medway, Victim Support is the way in to local domestic abuse services.`;
    case 'front-door-if-kent-or-medway':
      return `If ${v.you} live in Kent or Medway, Victim Support is the way in to local domestic abuse services.`;
    case 'outside-kent-and-medway':
      return `You told us ${v.you} live outside Kent and Medway. National services can help wherever ${v.you} live.`;
    case 'helpline-24-hours':
      return 'It is open 24 hours a day. It is also the way to find a place in a refuge.';
    case 'not-safe-at-home':
      return `You told us it is not safe for ${v.theyOrYou} to stay at home.`;
    case 'unsure-safe-at-home':
      return `You told us ${v.youAre} not sure it is safe to stay at home.`;
    case 'wants-leave-home':
      return `You told us ${v.you} want to leave home.`;
    case 'no-home-of-own':
      return `You told us ${v.you} have no settled home of ${v.your} own right now.`;
    case 'any-council':
      return 'Every council has a duty to support eligible people who are homeless because of domestic abuse. You can go to any council, even where you have no local connection. You do not need to have told the police.';
    case 'ashford-housing':
      return 'You told us you live in Ashford. Ashford Borough Council’s domestic abuse page points people at risk of homelessness to its housing options.';
    case 'higher-risk':
      return `${cap(v.your)} answers suggest higher risk.`;
    case 'not-a-risk-assessment':
      return 'This is not a formal risk assessment. An IDVA (an independent domestic violence advisor, who helps people at higher risk to stay safe) or Victim Support can do one with you.';
    case 'abuser-gone-no-access':
      return `You told us the person who harmed ${v.theyOrYou === 'you' ? 'you' : 'them'} does not live there and has no key or legal right to get in.`;
    case 'own-home':
      return `You told us ${v.you} live in ${v.your} own or rented home and it is safe to stay.`;
    case 'wants-secure-home':
      return `You told us ${v.you} want ${v.your} home made more secure.`;
    case 'professional-refers':
      return 'A professional must refer you: for example your GP, Victim Support, a housing officer, an early help worker or a social worker. Ask one of them.';
    case 'you-can-refer':
      return 'As a professional, you can refer them. Check their eligibility with the SAFER check.';
    case 'abuser-has-access':
      return `You told us the person who harmed ${v.theyOrYou === 'you' ? 'you' : 'them'} still has a key or a legal right to the home.`;
    case 'abuser-access-unsure':
      return `You told us ${v.youAre} not sure if the person who caused harm can still get into the home.`;
    case 'abuser-lives-with-you':
      return `You told us the person who caused harm lives with ${v.theyOrYou === 'you' ? 'you' : 'them'}.`;
    case 'wants-court-protection':
      return `You told us ${v.you} want protection from a court.`;
    case 'stalking':
      return `You told us about stalking.`;
    case 'honour-based':
      return 'You told us about so-called honour-based abuse.';
    case 'forced-marriage':
      return 'You told us about forced marriage.';
    case 'fgm':
      return 'You told us about female genital mutilation (FGM).';
    case 'digital':
      return 'You told us someone is using phones, apps or the internet to watch, follow or control.';
    case 'coercive-control':
      return 'You told us about controlling behaviour. Coercive control is a crime. You can report it to the police on 101.';
    case 'wants-report':
      return `You told us ${v.you} want to report to the police.`;
    case 'wants-check-history':
      return `You told us ${v.you} want to check a partner’s past. Anyone can ask the police.`;
    case 'male':
      return a.role === 'self'
        ? 'You told us you are a man. These services are for men. All the other services here help men too.'
        : `You told us ${v.theyOrYou === 'you' ? 'you are' : `${v.theyOrYou} is`} a man. These services are for men. All the other services here help men too.`;
    case 'local-charity':
      return `You told us ${v.you} live in ${area}. This local charity helps people in the Ashford and Canterbury area.`;
    case 'local-drop-in':
      return `You told us ${v.you} live in Ashford. You can drop in every Tuesday morning.`;
    case 'children':
      return `You told us children live in ${v.your} home, or a baby is on the way.`;
    case 'children-safe-accommodation':
      return 'Children in a refuge or a home made safer can get their own support.';
    case 'worried-child-removed':
      return `You told us ${v.youAre} worried the other parent may take a child away.`;
    case 'wants-recovery-groups':
      return `You told us ${v.you} would like a group to help recover.`;
    case 'wants-help-for-children':
      return `You told us ${v.you} want help for children.`;
    case 'wants-talk-now':
      return `You told us ${v.you} want to talk to someone now.`;
    case 'wants-safety-plan':
      return `You told us ${v.you} want help to make a safety plan.`;
    case 'hearing-or-speech':
      return 'You told us about hearing or speech. You can use Victim Support’s live chat at any time, or call them through the Relay UK app.';
    case 'bsl':
      return 'You told us about British Sign Language. Victim Support says you can contact them in BSL, and their live chat is open at any time.';
    case 'other-language':
      return 'You told us you may need help with language. Say which language you use when you get in touch.';
    case 'under-16':
      return a.role === 'self' || a.role === 'own-behaviour'
        ? 'You told us you are under 16. There is help just for children and young people like you.'
        : 'You told us the person is under 16. Children and young people get help from services for them.';
    case 'worried-about-child':
      return 'You told us the person you are worried about is under 16. This is about keeping a child safe. Kent County Council asks anyone worried about a child to report their concerns.';
    case 'child-can-contact':
      return 'The child or young person can also contact Childline themselves.';
    case 'own-behaviour':
      return 'You told us you are worried about your own behaviour. Getting help is a strong first step.';
    case 'someone-else':
      return 'You are worried about someone else. You can call for advice about how to help them.';
    case 'anonymous':
      return 'You can get advice at a drop-in (a session you can go to in person, or join online), and you can stay anonymous if you want to.';
  }
}
