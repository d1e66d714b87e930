/**
 * Why each recommendation is shown, in the person's own terms ("You told us ..."). Keyed by the
 * engine's reason codes; the words change with who is answering (the person harmed, someone worried
 * about them, or a professional). Plain English, short sentences.
 */

import type { ReasonCode } from '../../machines/recommend';
import type { TriageAnswers } from '../../schemas/answers';
import { AREA_NAMES } from './areas';

type Voice = {
  you: string;
  your: string;
  youAre: string;
  youHave: string;
  theyOrYou: string;
  them: string;
};

const voiceOf = (a: TriageAnswers): Voice =>
  a.role === 'someone-else' || a.role === 'professional'
    ? {
        you: 'they',
        your: 'their',
        youAre: 'they are',
        youHave: 'they have',
        theyOrYou: 'the person you are helping',
        them: 'them',
      }
    : { you: 'you', your: 'your', youAre: 'you are', youHave: 'you have', theyOrYou: 'you', them: 'you' };

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
      return a.immediateDanger === true && !a.riskSigns?.some((s) => s !== 'not-sure')
        ? 'You told us someone is in danger now. Your answers suggest higher risk.'
        : `${cap(v.your)} answers suggest higher risk.`;
    case 'risk-not-sure':
      return `You told us ${v.youAre} not sure about some of the signs of higher risk. That is fine: this support is there for ${v.them} too.`;
    case 'not-a-risk-assessment':
      return a.area === 'outside'
        ? 'This is not a formal risk assessment.'
        : 'This is not a formal risk assessment. An IDVA (an independent domestic violence advisor, who helps people at higher risk to stay safe) or Victim Support can do one with you.';
    case 'abuser-gone-no-access':
      return `You told us the person who harmed ${v.theyOrYou === 'you' ? 'you' : 'them'} does not live there and has no key or legal right to get in.`;
    case 'own-home':
      return `You told us ${v.you} live in ${v.your} own or rented home.`;
    case 'safe-to-stay':
      return `You told us it is safe for ${v.theyOrYou} to stay at home.`;
    case 'wants-secure-home':
      return `You told us ${v.you} want ${v.your} home made more secure.`;
    case 'professional-refers':
      return 'A professional must refer you: for example your GP, Victim Support, a housing officer, an early help worker or a social worker. Ask one of them.';
    case 'you-can-refer':
      return 'As a professional, you can refer them. Check their eligibility with the SAFER check.';
    case 'abuser-key-only':
      return `You told us the person who harmed ${v.theyOrYou === 'you' ? 'you' : 'them'} does not live there, and has a key or a way in but no legal right to be there. A sanctuary scheme can make the home more secure, for example with new door locks.`;
    case 'abuser-legal-right':
      return `You told us the person who harmed ${v.theyOrYou === 'you' ? 'you' : 'them'} has a legal right to be in the home. An occupation order can stop them living there or going in. A sanctuary scheme cannot help until that right is removed.`;
    case 'abuser-legal-right-unsure':
      return `You told us ${v.youAre} not sure if the person who caused harm has a legal right to be in the home. If they have one, an occupation order can stop them living there or going in.`;
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
      return 'You told us the person you are worried about is under 16. This is about keeping a child safe.';
    case 'child-can-contact':
      return 'The child or young person can also contact Childline themselves.';
    case 'own-behaviour':
      return 'You told us you are worried about your own behaviour. Getting help is a strong first step.';
    case 'someone-else':
      return 'You are worried about someone else. You can call for advice about how to help them.';
    case 'anonymous':
      return 'You can get advice at a drop-in (a session you can go to in person, or join online), and you can stay anonymous if you want to.';
    case 'police-kent':
      return `You told us ${v.you} live in ${area}. Here, the police are Kent Police.`;
    case 'police-local-force':
      return `You told us ${v.you} live outside Kent and Medway. This is open to everyone: 101 reaches ${v.your} local police force.`;
    case 'police-if-kent-or-medway':
      return `This is open to everyone. In Kent and Medway, the police are Kent Police. Anywhere else, 101 reaches ${v.your} local police force.`;
    case 'if-kent-or-medway':
      return `This service is for people in Kent and Medway: use it if ${v.you} live there.`;
    case 'if-kent':
      return `This service is for people in Kent (not Medway): use it if ${v.you} live there.`;
    case 'young-person':
      return `You told us ${v.youAre} 16 or 17. Services for adults can help ${v.them}, and so can support for children and young people.`;
    case 'no-local-children-service':
      return a.area === 'medway'
        ? 'We do not list a Medway service for children. The NSPCC helpline is for adults worried about a child, wherever they live. Children can contact Childline.'
        : a.area === 'outside'
          ? `You told us ${v.you} live outside Kent and Medway. The NSPCC helpline is for adults worried about a child, wherever they live. Children can contact Childline.`
          : 'If you do not live in Kent, the NSPCC helpline is for adults worried about a child, wherever they live. Children can contact Childline.';
    case 'drop-ins-across-kent-and-medway':
      return a.area === 'unknown' || a.area === undefined
        ? 'If you live in Kent or Medway, there are drop-ins across the county.'
        : `You told us ${v.you} live in ${area}. There are drop-ins across Kent and Medway.`;
  }
}
