import type { Rule } from '../types.ts';
import { findApologies } from './apology-clause.ts';

export const apologyRules: Rule[] = [
  {
    id: 'ru.apology.generic',
    kind: 'checker',
    lang: 'ru',
    category: 'generic-apology',
    severity: 'warning',
    message: 'This apology names no problem: it could be pasted into any ticket.',
    why: 'Customers hear a script when the apology does not say what went wrong; naming it shows you read their message.',
    suggestions: [
      { text: 'Извините, что [что пошло не так]', note: 'Name what went wrong, in their words.' },
      { text: 'Мне жаль, что ваш [заказ/вопрос] [что случилось]', note: 'Say what happened to them.' },
    ],
    check: (ctx) => findApologies(ctx).filter((a) => a.kind === 'generic'),
    examples: {
      flag: [
        { text: 'Приносим извинения за доставленные неудобства.', span: 'Приносим извинения за доставленные неудобства' },
        { text: 'Извините за неудобства!', span: 'Извините за неудобства' },
        { text: 'Приносим свои искренние извинения за возможные неудобства, Мария.', span: 'Приносим свои искренние извинения за возможные неудобства' },
        { text: 'Приносим вам наши извинения за сложившуюся ситуацию.', span: 'Приносим вам наши извинения за сложившуюся ситуацию' },
        { text: 'Нам очень жаль, что так получилось. Я уже проверяю заказ.', span: 'Нам очень жаль, что так получилось' },
        { text: 'Мне жаль это слышать.', span: 'Мне жаль это слышать' },
        { text: 'Извините за беспокойство, мы уже работаем над этим.', span: 'Извините за беспокойство' },
        { text: 'Извините, но вернуть деньги на другую карту нельзя.', span: 'Извините' },
        { text: 'Приносим извинения за неудобства, которые вам пришлось испытать.', span: 'Приносим извинения за неудобства, которые вам пришлось испытать' },
        {
          text: 'Здравствуйте, Иван!\n\nБлагодарим за обращение. Приносим извинения за причинённые неудобства. Заказ передан в доставку.\n\nС уважением,\nАнна',
          span: 'Приносим извинения за причинённые неудобства',
        },
        // Paraphrases: another head and other members of MISHAP_NOUN.
        { text: 'Просим прощения за накладку.', span: 'Просим прощения за накладку' },
        { text: 'Извините за эту заминку.', span: 'Извините за эту заминку' },
      ],
      pass: [
        'Извините, что посылка задержалась: курьер отправил её не на тот склад.',
        'Простите за задержку с доставкой, новая дата — пятница.',
        'Приносим извинения за неудобства, вызванные задержкой рейса.',
        'Мне жаль, что приложение вылетает при входе.',
        'Не нужно извиняться, Ольга, всё в порядке.',
        'К сожалению, на складе закончились синие чехлы.',
        'Извините за [что случилось], Мария.',
        'Вы правы, приношу извинения: за мартовский счёт деньги списались дважды.',
      ],
    },
  },
  {
    id: 'ru.apology.non-apology',
    kind: 'checker',
    lang: 'ru',
    category: 'non-apology',
    severity: 'warning',
    message: 'This apologises for how the customer feels, or only "if" something happened, not for what happened.',
    why: 'Apologising for feelings or on a condition reads as blaming the customer for being upset.',
    suggestions: [
      { text: 'Извините, что мы [что мы сделали не так]', note: 'Own what happened instead of how they feel.' },
    ],
    check: (ctx) => findApologies(ctx).filter((a) => a.kind === 'non-apology'),
    examples: {
      flag: [
        { text: 'Извините, если вас это задело.', span: 'Извините, если вас это задело' },
        { text: 'Нам жаль, что вы так это восприняли.', span: 'Нам жаль, что вы так это восприняли' },
        { text: 'Сожалеем, что вы остались недовольны.', span: 'Сожалеем, что вы остались недовольны' },
        // Paraphrases from the FEELING class.
        { text: 'Жаль, что у вас сложилось такое впечатление о нашем сервисе.', span: 'Жаль, что у вас сложилось такое впечатление о нашем сервисе' },
        { text: 'Приносим извинения, если возникло недопонимание.', span: 'Приносим извинения, если возникло недопонимание' },
        // The condition on a feeling before the apology.
        { text: 'Если вас это задело, приносим извинения.', span: 'Если вас это задело, приносим извинения' },
      ],
      pass: ['Если посылка не придёт к пятнице, я сразу оформлю возврат.', 'Если вы не получили письмо, простите: я отправил его на старый адрес и уже переслал на новый.', 'Извините, что мы дважды ответили вам по-разному.', 'Жаль, что заказ пришёл без зарядки: я отправил её отдельно.'],
    },
  },
];
