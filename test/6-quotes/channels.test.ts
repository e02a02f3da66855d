import { describe, expect, test } from 'vitest';
import { findChannel } from '../../etl/6-quotes/channels.js';
import { tokenizeBody } from '../../etl/6-quotes/tokens.js';

const channel = (text: string) => {
  const tokens = tokenizeBody(text);
  return findChannel(tokens, 0, tokens.length)?.value.channel ?? null;
};

describe('findChannel', () => {
  test.each([
    ['قال لـ "سبوتنيك"', 'Sputnik'],
    ['في تصريح خاص لوكالة سبوتنيك', 'Sputnik'],
    ['حسبما نقلت وكالة رويترز', 'Reuters'],
    ['على حسابه في تويتر', 'Twitter'],
    ['في تغريدة', 'Twitter'],
    ['في منشور على فيسبوك', 'Facebook'],
    ['عبر قناته على تلغرام', 'Telegram'],
    ['لوكالة فرانس برس', 'AFP'],
    ['لوكالة تاس', 'TASS'],
    ['في بيان', 'statement'],
    ['في مقابلة تلفزيونية', 'TV interview'],
    ['في تصريح صحفي', 'press statement'],
    ['في مؤتمر صحفي', 'press conference'],
    ['للجزيرة', 'Al Jazeera'],
    ['وفقا لوكالة أذرتاج', 'Azertac'],
  ])('%s → %s', (text, expected) => {
    expect(channel(text)).toBe(expected);
  });

  test('no channel named', () => {
    expect(channel('وقال الوزير اليوم')).toBeNull();
  });
});
