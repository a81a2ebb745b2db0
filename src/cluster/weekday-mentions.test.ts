import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanWords } from './scan-words.ts';
import { dayNames, weekdayMentions } from './weekday-mentions.ts';

const days = (text: string) => dayNames(weekdayMentions(scanWords(text).map((w) => w.lower)));

test('weekdayMentions finds the days a news lead names', () => {
  assert.deepEqual(
    days(
      'Senate Republicans block election bill. Senate Democrats suffered a loss on Tuesday when Republicans…',
    ),
    ['Tuesday'],
  );
  assert.deepEqual(days("The bill, introduced Monday, passed the House on Wednesday's second vote"), [
    'Monday',
    'Wednesday',
  ]);
  assert.deepEqual(days('House votes to remove Confederate statues from the Capitol'), []);
});

test('weekdayMentions reads other languages and leaves out abbreviations that are words', () => {
  assert.deepEqual(days('Le président a annoncé mardi un plan'), ['Tuesday']);
  assert.deepEqual(days('Gempa bumi melanda pada hari Selasa'), ['Tuesday']);
  assert.deepEqual(days('墨西哥周二发生7.1级地震'), ['Tuesday']);
  assert.deepEqual(days('星期日晚上 礼拜六'), ['Saturday', 'Sunday']);
  assert.deepEqual(days('2021年6月8日星期二'), ['Tuesday']);
  assert.deepEqual(days('Sun sets on Wed night; Sat down'), []);
  // "Minggu" is Sunday in Indonesian but also "week".
  assert.deepEqual(days('Dalam satu minggu terakhir'), []);
});

test('weekdayMentions: day names inside names and set phrases, and 周 as "week", name no day', () => {
  assert.deepEqual(
    days('Plácido Domingo sings in Santo Domingo after Good Friday; Black Friday sales; Mardi Gras'),
    [],
  );
  assert.deepEqual(days('The Sunday Times reported on Sunday'), ['Sunday']);
  assert.deepEqual(days('每周一次 本周一些 两周三次 第一周二十 一周天气 本周日程 周一围 週三回'), []);
  assert.deepEqual(days('本周一 上周二 每周五'), ['Monday', 'Tuesday', 'Friday']);
});
