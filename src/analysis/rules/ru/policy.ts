import type { Rule } from '../types.ts';

/**
 * Russian policy deflections as constructions over the word classes in src/analysis/classes/ru.ts.
 * Russian moves the object and the refusal around freely ("вернуть деньги мы не можем"), so the
 * inability constructions are written in both orders. A rule explained with its reason and an
 * alternative, a hand-off the agent does, a condition or a question are fine (shared conditions).
 */
const STANDARD_EXCEPTIONS = ['reason-and-alternative', 'agent-offers', 'hypothetical', 'question'] as const;
/** One free word (an object, a pronoun) that may sit inside a construction. */
const W = '(?:[\\p{L}-]+ )';

const common = {
  lang: 'ru' as const,
  category: 'policy-deflection' as const,
  severity: 'warning' as const,
  why: 'Hiding behind a rule or another team leaves the customer stuck; explain why and say what you can do.',
};

export const policyRules: Rule[] = [
  {
    ...common,
    id: 'ru.policy.company-policy',
    kind: 'construction',
    message: '"Это политика компании" hides behind a rule without the reason or what you can do instead.',
    suggestions: [
      { text: '[причина], поэтому [что я могу сделать для вас]', note: 'Give the reason and an alternative.' },
      { text: 'Я не могу [X], потому что [причина], но могу [альтернатива]' },
    ],
    patterns: [
      `(?:это|таков|такова|таковы|так(?:ая|ие)) (?:{HEDGE} )?(?:уж )?(?:наш[\\p{L}]* |внутренн[\\p{L}]* |общ[\\p{L}]* )?{POLICY_NOUN} (?:наш[\\p{L}]* )?{OUR_RULE}`,
      '(?:это|таков|такова|таковы) (?:наш[\\p{L}]*|внутренн[\\p{L}]*) {POLICY_NOUN}',
      `{DUE_TO} (?:наш[\\p{L}]* |внутренн[\\p{L}]* |действующ[\\p{L}]* )?{POLICY_NOUN} (?:наш[\\p{L}]* )?{OUR_RULE}`,
      '{DUE_TO} (?:наш[\\p{L}]*|внутренн[\\p{L}]*) {POLICY_NOUN}(?! конфиденциальности| обработки)',
      '{POLICY_NOUN} {OUR_RULE} (?:{HEDGE} )?{SYSTEM_REFUSES}',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: 'Это политика компании.', span: 'Это политика компании' },
        { text: 'Согласно политике компании, мы не возвращаем деньги за вскрытые товары.', span: 'Согласно политике компании' },
        { text: 'По внутренним правилам мы не можем перенести бронь.', span: 'По внутренним правилам' },
        { text: 'Правила магазина не позволяют обменять этот товар.', span: 'Правила магазина не позволяют' },
        // Paraphrases.
        { text: 'К сожалению, таков регламент банка.', span: 'таков регламент банка' },
        { text: 'В соответствии с внутренними инструкциями площадки заказ отменён.', span: 'В соответствии с внутренними инструкциями площадки' },
        { text: 'Требования сервиса не разрешают два аккаунта.', span: 'Требования сервиса не разрешают' },
        { text: 'Это наш стандарт.', span: 'Это наш стандарт' },
      ],
      pass: [
        'Ваш полис страхования продлён до мая.',
        'Политика конфиденциальности описана на сайте: https://example.com/privacy',
        'Деньги возвращаются на ту же карту, потому что так никто не сможет их перенаправить; вместо этого я могу сегодня отправить вам сертификат.',
        'Номер полиса указан в письме.',
      ],
    },
  },
  {
    ...common,
    id: 'ru.policy.cannot',
    kind: 'construction',
    message: 'Saying you cannot (or will not) do it, with no reason and nothing offered instead, is a flat refusal.',
    suggestions: [{ text: 'Я не могу [X], потому что [причина]; что я могу сделать — это [альтернатива]', note: 'Give the reason and what is possible.' }],
    patterns: [
      `{AGENT} (?:{HEDGE} ){0,2}{INABILITY} (?:{HEDGE} ){0,2}${W}??{SERVICE_ACTION}`,
      `{SERVICE_ACTION} ${W}{0,2}{AGENT} (?:{HEDGE} ){0,2}{INABILITY}`,
      '{AGENT} (?:{HEDGE} )?{REFUSED_ACTION}',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: 'К сожалению, мы не имеем возможности вернуть деньги за выпущенные билеты.', span: 'мы не имеем возможности вернуть' },
        { text: 'Повлиять на это мы никак не можем.', span: 'Повлиять на это мы никак не можем' },
        { text: 'Мы не возвращаем деньги за вскрытые товары.', span: 'Мы не возвращаем' },
        // Paraphrases.
        { text: 'Я не вправе отменить этот штраф.', span: 'Я не вправе отменить' },
        { text: 'У нас нет возможности продлить подписку задним числом.', span: 'У нас нет возможности продлить' },
        { text: 'Компенсировать доставку служба поддержки не в состоянии.', span: 'Компенсировать доставку служба поддержки не в состоянии' },
        { text: 'Мы не делаем исключений.', span: 'Мы не делаем исключений' },
        { text: 'Наш магазин не возвращает деньги за уценённые товары.', span: 'Наш магазин не возвращает' },
      ],
      pass: [
        'Я не могу найти ваш заказ — пришлите, пожалуйста, его номер.',
        'Мы не можем вернуть деньги на другую карту, потому что так их никто не перехватит; я могу сегодня отправить вам сертификат.',
        'Если мы не сможем вернуть посылку до пятницы, я оформлю возврат денег.',
        'Не можете ли вы прислать фото чека?',
      ],
    },
  },
  {
    ...common,
    id: 'ru.policy.not-my-call',
    kind: 'construction',
    message: 'Saying it is not your decision, or that someone else handles it, passes the problem back to the customer.',
    suggestions: [{ text: 'Сам я не могу изменить [X], поэтому я передал вопрос [кому] и напишу вам до [когда]', note: 'Own the next step.' }],
    patterns: [
      '{NOT_OURS}',
      '(?:не в|вне|за пределами|выходит за (?:рамки|пределы)|за рамками) (?:моей|нашей|моих|наших) {CONTROL}',
      '{AGENT} (?:{HEDGE} )?бессильн[\\p{L}]*',
      '(?:решени[\\p{L}]* )?{HANDED_TO} (?:{HEDGE} )?(?:исключительно |только |полностью |сам[\\p{L}]* )?{OTHER_PARTY}',
    ],
    except: ['reason-and-alternative', 'agent-hands-off', 'agent-offers', 'hypothetical', 'question'],
    examples: {
      flag: [
        { text: 'Это не моё решение.', span: 'не моё решение' },
        { text: 'Извините, но от меня ничего не зависит.', span: 'от меня ничего не зависит' },
        { text: 'У меня связаны руки.', span: 'У меня связаны руки' },
        { text: 'Доставкой занимается курьерская служба.', span: 'занимается курьерская служба' },
        // Paraphrases.
        { text: 'Отменить штраф не в моей власти.', span: 'не в моей власти' },
        { text: 'Этот вопрос за пределами нашей компетенции.', span: 'за пределами нашей компетенции' },
        { text: 'Решение о разблокировке принимает служба безопасности.', span: 'принимает служба безопасности' },
        { text: 'Срок зачисления полностью зависит от банка-эмитента.', span: 'зависит от банка-эмитента' },
        { text: 'Места распределяет авиакомпания.', span: 'распределяет авиакомпания' },
        { text: 'Служба поддержки тут бессильна.', span: 'Служба поддержки тут бессильна' },
      ],
      pass: [
        'Это моё решение, и я уже одобрил возврат.',
        'Я добавила Сергея в список уполномоченных пользователей.',
        'Доставкой занимается курьерская служба, поэтому я сама написала им и передала ваш номер заказа; ответ пришлю завтра.',
        'Вы сами решаете, когда удобнее получить посылку.',
      ],
    },
  },
  {
    ...common,
    id: 'ru.policy.nothing-to-do',
    kind: 'construction',
    message: '"Ничем не могу помочь" ends the conversation without a way forward.',
    suggestions: [{ text: 'Что я могу сделать: [альтернатива]', note: 'Say what is possible.' }],
    patterns: [
      'ничем (?:{HEDGE} )?(?:{INABILITY} (?:{HEDGE} )?помочь|помочь (?:{HEDGE} )?{INABILITY})',
      'ничего (?:{HEDGE} )?(?:{INABILITY} (?:{HEDGE} )?(?:сделать|поделать|предложить)|(?:сделать|поделать|предложить) (?:{HEDGE} )?(?:{AGENT} )?{INABILITY})',
      'ничего (?:{HEDGE} )?(?:{IMPOSSIBLE}) (?:сделать|поделать)',
      '{AGENT} {INABILITY} (?:{HEDGE} )?(?:ничем |никак )?помочь (?:с этим|в этом|в данном вопросе|по этому вопросу|по данному вопросу)',
      '(?:{AGENT} )?(?:{HEDGE} )?(?:сделал[\\p{L}]*|сделали) вс[её],? что (?:мог|могли|могла|было в (?:наших|моих) силах)',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: 'Ничем не могу помочь.', span: 'Ничем не могу помочь' },
        { text: 'К сожалению, больше ничего не можем сделать.', span: 'ничего не можем сделать' },
        { text: 'Мы не можем помочь с этим вопросом.', span: 'Мы не можем помочь с этим' },
        // Paraphrases.
        { text: 'Так что ничем помочь не смогу.', span: 'ничем помочь не смогу' },
        { text: 'Тут уже ничего нельзя поделать.', span: 'ничего нельзя поделать' },
        { text: 'Мы сделали всё, что могли.', span: 'Мы сделали всё, что могли' },
        { text: 'Наша служба сделала всё, что могла.', span: 'Наша служба сделала всё, что могла' },
        { text: 'Поддержка не в состоянии помочь по этому вопросу.', span: 'Поддержка не в состоянии помочь по этому вопросу' },
        { text: 'Я ничего не вправе сделать.', span: 'ничего не вправе сделать' },
        { text: 'Больше ничего предложить у нас нет возможности.', span: 'ничего предложить у нас нет возможности' },
      ],
      pass: ['Могу ли я ещё чем-то помочь?', 'Вам ничего не нужно делать: деньги уже в пути.', 'Ничего страшного, я всё исправил.'],
    },
  },
  {
    ...common,
    id: 'ru.policy.system-says-no',
    kind: 'construction',
    message: 'Blaming "the system" hides who decided and what can be done.',
    suggestions: [{ text: 'В нашей программе я не могу [X], но могу [альтернатива]', note: 'Own it and offer what is possible.' }],
    patterns: [
      `(?:наш[\\p{L}]* |эт[\\p{L}]* )?{SYSTEM} ${W}?{SYSTEM_REFUSES}`,
      'так (?:уж )?(?:устроен[\\p{L}]*|работа[\\p{L}]*|настроен[\\p{L}]*) (?:наш[\\p{L}]* )?{SYSTEM}',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: 'Система не позволяет это сделать.', span: 'Система не позволяет' },
        // Paraphrases.
        { text: 'Наша программа этого не предусматривает.', span: 'Наша программа этого не предусматривает' },
        { text: 'Так устроен наш биллинг.', span: 'Так устроен наш биллинг' },
        { text: 'Автоматика не пропустит такой платёж.', span: 'Автоматика не пропустит' },
      ],
      pass: [
        'Приложение пока не поддерживает тёмную тему; я передал ваш голос разработчикам и напишу, когда она появится.',
        'Система позволяет привязать два устройства, у вас свободно одно.',
      ],
    },
  },
  {
    ...common,
    id: 'ru.policy.unchangeable',
    kind: 'construction',
    message: 'Declaring that something cannot be changed, with no reason or way forward, closes the door on the customer.',
    suggestions: [{ text: '[X] нельзя изменить, потому что [причина]; что я могу сделать — это [альтернатива]' }],
    patterns: [
      'не подлеж[\\p{L}]* {CHANGE_NOUN}',
      '{CHANGE_NOUN} не подлеж[\\p{L}]*',
      `{IMPOSSIBLE} (?:{HEDGE} )?${W}??{SERVICE_ACTION}`,
      `{SERVICE_ACTION} ${W}{0,4}{IMPOSSIBLE}`,
      '{NO_EXCEPTION}',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: 'Сформированные счета переоформлению не подлежат.', span: 'переоформлению не подлежат' },
        { text: 'Применить промокод к оформленному заказу невозможно.', span: 'Применить промокод к оформленному заказу невозможно' },
        { text: 'К сожалению, таковы правила.', span: 'таковы правила' },
        // Paraphrases.
        { text: 'Билет не подлежит обмену.', span: 'не подлежит обмену' },
        { text: 'Нельзя восстановить удалённые письма.', span: 'Нельзя восстановить' },
        { text: 'Отменить бронь не представляется возможным.', span: 'Отменить бронь не представляется возможным' },
        { text: 'Исключений не делаем.', span: 'Исключений не делаем' },
        { text: 'Не удастся перенести дату вылета.', span: 'Не удастся перенести' },
        { text: 'Наше решение является окончательным.', span: 'решение является окончательным' },
      ],
      pass: [
        'Сейчас доставка невозможна: склад закрыт до понедельника, и я отправлю заказ в понедельник первым.',
        'Изменить пароль можно в настройках профиля.',
        'Отменить заказ нельзя, потому что он уже у курьера, но я могу оформить возврат сразу после получения.',
      ],
    },
  },
  {
    ...common,
    id: 'ru.policy.go-elsewhere',
    kind: 'construction',
    message: 'Sending the customer elsewhere with no help makes them start over.',
    suggestions: [{ text: 'Я передал ваш вопрос в [отдел] со всеми деталями, они свяжутся с вами до [когда]', note: 'Do the hand-off for them.' }],
    patterns: [
      `{MUST} (?:{HEDGE} )?${W}{0,3}?{CONTACT_VERB} (?:{HEDGE} )?(?:в|во|к|ко|с|со|на) {OTHER_PARTY}`,
      '{CONTACT_IMPERATIVE} (?:{HEDGE} )?(?:в|во|к|ко|с|со|на) {OTHER_PARTY}',
    ],
    except: ['agent-hands-off', 'reason-and-alternative', 'hypothetical', 'question'],
    examples: {
      flag: [
        { text: 'Вам нужно обратиться к производителю.', span: 'Вам нужно обратиться к производителю' },
        { text: 'Обращайтесь в банк.', span: 'Обращайтесь в банк' },
        // Paraphrases.
        { text: 'По этому вопросу вам придётся обращаться к ним напрямую.', span: 'вам придётся обращаться к ним' },
        { text: 'Рекомендуем связаться с авиакомпанией.', span: 'Рекомендуем связаться с авиакомпанией' },
        { text: 'Претензию адресуйте перевозчику, а лучше позвоните в транспортную компанию.', span: 'позвоните в транспортную компанию' },
      ],
      pass: [
        'Вам нужно обратиться в банк, чтобы снять блокировку; я отправлю вам письмо для них сегодня.',
        'Если что-то пойдёт не так, обращайтесь к нам в любое время.',
        'Напишите нам, и я всё проверю.',
      ],
    },
  },
];
