/**
 * Opening hours from the free text of 公共施設一覧 (利用可能日時特記事項), e.g.
 * `【開館時間】9:00～21:30 【休館日】月曜日`. No library reads Japanese opening-hours prose, so this is a small
 * explicit grammar: what it recognises becomes per-weekday hours, everything else makes the whole text
 * "unparsed" with a reason. The verbatim text is always kept; nothing is guessed.
 */

import {
  WEEKDAYS,
  type ClosedDay,
  type ClosedDayRule,
  type DayHours,
  type ParsedOpeningHours,
  type TimeRange,
  type Weekday,
} from '@kyodo/domain';

export {
  WEEKDAYS,
  type ClosedDay,
  type ClosedDayRule,
  type DayHours,
  type ParsedOpeningHours,
  type TimeRange,
  type Weekday,
};

export type OpeningHoursParse =
  { parsed: ParsedOpeningHours; unparsedReason: null } | { parsed: null; unparsedReason: string };

class Unparsed extends Error {}

const DAY_CHARS: Record<string, Weekday> = {
  月: 'MONDAY',
  火: 'TUESDAY',
  水: 'WEDNESDAY',
  木: 'THURSDAY',
  金: 'FRIDAY',
  土: 'SATURDAY',
  日: 'SUNDAY',
};

// Longest first: `祝日法による休日` must not stop at `祝日`.
const HOLIDAY_WORDS = /^(国民の祝日に関する法律に規定する休日|祝日法による休日|祝休日|祝祭日|祝日|祭日|祝)/;
const SEASONAL_LABELS = /^(長期休暇|夏休み等?|冬休み|春休み|学校休業日)$/;

/** NFKC folds full-width digits, colons, spaces, parentheses and ～ (U+FF5E); the wave dash 〜 needs its own rule. */
export function normaliseHoursText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[〜~]/g, '~')
    .replace(/(?<=\d)\s*[ー−‐―–—]\s*(?=\d)/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const TIME = String.raw`(?:(午前|午後)\s*)?(\d{1,2})(?::(\d{2})|時(?:(\d{1,2})分)?)`;
const RANGE = new RegExp(String.raw`^${TIME}\s*(?:~|-|から)\s*${TIME}`);

function toTime(meridiem: string | undefined, hourText: string, minuteText: string | undefined): string {
  let hour = Number(hourText);
  const minute = Number(minuteText ?? '0');
  if (meridiem === '午後' && hour < 12) hour += 12;
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0))
    throw new Unparsed(`time ${hourText}:${minuteText} out of range`);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Reads a time range at the start of `text`; returns it and the rest, or null when `text` does not start with one. */
function readRange(text: string): { range: TimeRange; rest: string } | null {
  if (text.startsWith('24時間')) return { range: { opens: '00:00', closes: '24:00' }, rest: text.slice(4) };
  const match = RANGE.exec(text);
  if (!match) return null;
  const opens = toTime(match[1], match[2] as string, match[3] ?? match[4]);
  const closes = toTime(match[5], match[6] as string, match[7] ?? match[8]);
  if (opens >= closes) throw new Unparsed(`opening time ${opens} is not before closing time ${closes}`);
  return { range: { opens, closes }, rest: text.slice(match[0].length) };
}

interface DaySpec {
  weekdays: Set<Weekday>;
  holidays: boolean;
}

/** `平日`, `土・日・祝休日`, `土日祝`, `毎週月曜日`, `土曜`, `日曜日`... or null when the text is something else. */
export function parseDaySpec(input: string): DaySpec | null {
  let text = input.trim().replace(/^毎週/, '');
  if (text === '平日') return { weekdays: new Set(WEEKDAYS.slice(0, 5)), holidays: false };
  const weekdays = new Set<Weekday>();
  let holidays = false;
  while (text.length > 0) {
    const day = DAY_CHARS[text[0] as string];
    const holiday = HOLIDAY_WORDS.exec(text);
    if (day) {
      weekdays.add(day);
      text = text.slice(1).replace(/^曜日?/, '');
    } else if (holiday) {
      holidays = true;
      text = text.slice(holiday[0].length);
    } else {
      return null;
    }
    text = text.replace(/^[・･]/, '');
  }
  return weekdays.size > 0 || holidays ? { weekdays, holidays } : null;
}

/** Splits `text` at `、`, `,`, spaces and `及び` that are not inside parentheses; each item keeps its parenthesis. */
function splitItems(text: string): { main: string; paren: string | null }[] {
  const items: { main: string; paren: string | null }[] = [];
  let main = '';
  let paren: string | null = null;
  let depth = 0;
  const flush = () => {
    if (main.trim() !== '' || paren !== null) items.push({ main: main.trim(), paren });
    main = '';
    paren = null;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (char === '(') {
      depth += 1;
      if (depth === 1) {
        paren = '';
        continue;
      }
    } else if (char === ')') {
      depth -= 1;
      if (depth === 0) continue;
    }
    if (depth > 0) {
      paren += char;
    } else if (char === '、' || char === ',' || char === ' ') {
      // A parenthesis after a space belongs to the item before it: `月曜日 (祝休日の場合は、翌平日)`.
      if (char === ' ' && text[index + 1] === '(') continue;
      flush();
    } else if (text.startsWith('及び', index)) {
      flush();
      index += 1;
    } else {
      if (paren !== null) flush();
      main += char;
    }
  }
  if (depth !== 0) throw new Unparsed('unbalanced parentheses');
  flush();
  return items;
}

const pad = (value: string) => value.padStart(2, '0');
const DATE_RANGE = /^(\d{1,2})月(\d{1,2})日(?:から|~)(?:翌年|翌月)?(\d{1,2})月(\d{1,2})日(?:まで)?$/;
const SLASH_DATE_RANGE = /^(\d{1,2})\/(\d{1,2})~(\d{1,2})\/(\d{1,2})$/;
const NTH_WEEKDAY = /^(?:月の|毎月)?第(\d)([月火水木金土日])曜日?$/;

interface ClosedSection {
  weekdays: Set<Weekday>;
  holidays: boolean;
  closedDays: ClosedDay[];
  notes: string[];
}

function parseClosedSection(text: string): ClosedSection {
  const section: ClosedSection = { weekdays: new Set(), holidays: false, closedDays: [], notes: [] };
  const items = splitItems(text);
  if (items.length === 1 && items[0]?.main === 'なし' && items[0].paren === null) return section;
  for (const { main, paren } of items) {
    const written = paren === null ? main : `${main}(${paren})`;
    const days = parseDaySpec(main);
    const dateRange = DATE_RANGE.exec(main) ?? SLASH_DATE_RANGE.exec(main);
    const nth = NTH_WEEKDAY.exec(main);
    if (days) {
      days.weekdays.forEach((day) => section.weekdays.add(day));
      section.holidays ||= days.holidays;
      if (paren !== null) section.notes.push(written);
    } else if (main === '年末年始') {
      section.closedDays.push({ rule: 'YEAR_END', label: written });
    } else if (dateRange) {
      const [, fromMonth, fromDay, toMonth, toDay] = dateRange as unknown as string[];
      section.closedDays.push({
        rule: 'DATE_RANGE',
        label: written,
        from: `${pad(fromMonth as string)}-${pad(fromDay as string)}`,
        to: `${pad(toMonth as string)}-${pad(toDay as string)}`,
      });
    } else if (nth) {
      const n = Number(nth[1]);
      if (n < 1 || n > 5) throw new Unparsed(`休館日 "${written}": there is no ${n}th weekday in a month`);
      section.closedDays.push({
        rule: 'NTH_WEEKDAY',
        label: written,
        nth: n,
        weekday: DAY_CHARS[nth[2] as string],
      });
    } else if (main === '月末日' || main === '月末') {
      section.closedDays.push({ rule: 'MONTH_END', label: written });
    } else if (main === '館内整理日') {
      section.closedDays.push({ rule: 'MAINTENANCE', label: written });
    } else if (/臨時休館日$/.test(main)) {
      section.closedDays.push({ rule: 'IRREGULAR', label: written });
    } else {
      throw new Unparsed(`休館日 "${written}" is not understood`);
    }
  }
  return section;
}

interface HoursSection {
  /** Hours for days the text does not single out. */
  everyDay: TimeRange | null;
  byWeekday: Map<Weekday, TimeRange>;
  holidayHours: TimeRange | null;
  notes: string[];
}

function assign(section: HoursSection, spec: DaySpec, range: TimeRange, written: string): void {
  spec.weekdays.forEach((day) => {
    if (section.byWeekday.has(day)) throw new Unparsed(`two sets of hours for ${day} ("${written}")`);
    section.byWeekday.set(day, range);
  });
  if (spec.holidays) section.holidayHours = range;
}

function parseHoursSection(text: string): HoursSection {
  const section: HoursSection = { everyDay: null, byWeekday: new Map(), holidayHours: null, notes: [] };
  if (/^(不定期|未定|随時)$/.test(text)) throw new Unparsed(`開館時間 "${text}" gives no times`);
  let rest = text;
  while (rest.length > 0) {
    // An optional label (平日, 土曜日:, 長期休暇:) before the range.
    const labelled = /^([^\d~:()]+?)\s*:?\s*(?=(?:午前|午後)?\s*\d|24時間)/.exec(rest);
    const label =
      labelled && !/^(午前|午後)$/.test(labelled[1]?.trim() ?? '') ? (labelled[1] as string).trim() : '';
    if (label) rest = rest.slice((labelled as RegExpExecArray)[0].length);
    const read = readRange(rest);
    if (!read) throw new Unparsed(`開館時間 "${text}": no time range at "${rest}"`);
    rest = read.rest.trimStart();
    let paren: string | null = null;
    const parenMatch = /^\(([^)]*)\)\s*/.exec(rest);
    if (parenMatch) {
      paren = parenMatch[1] as string;
      rest = rest.slice(parenMatch[0].length);
    }
    rest = rest.replace(/^[、,]\s*/, '');
    const written = `${label}${label ? ' ' : ''}${read.range.opens}~${read.range.closes}${paren ? `(${paren})` : ''}`;

    if (label && SEASONAL_LABELS.test(label)) {
      if (paren !== null) throw new Unparsed(`開館時間 "${written}" is not understood`);
      section.notes.push(`${label} ${read.range.opens}~${read.range.closes}`);
      continue;
    }
    const labelSpec = label ? parseDaySpec(label) : null;
    if (label && !labelSpec) throw new Unparsed(`開館時間 label "${label}" is not understood`);
    const parenSpec = paren !== null ? parseDaySpec(paren.replace(/は?$/, '')) : null;
    // `9:00～19:00 (土・日・祝休日は9:00～17:00)`: an override for some days inside the parenthesis.
    const override = paren !== null && !parenSpec ? /^(.+?)は\s*(.+)$/.exec(paren) : null;
    if (paren !== null && !parenSpec && !override)
      throw new Unparsed(`開館時間 "(${paren})" is not understood`);
    if (labelSpec && parenSpec) throw new Unparsed(`開館時間 "${written}" names its days twice`);

    const spec = labelSpec ?? parenSpec;
    if (spec) {
      assign(section, spec, read.range, written);
    } else {
      if (section.everyDay) throw new Unparsed(`開館時間 "${text}" gives two ranges for the same days`);
      section.everyDay = read.range;
    }
    if (override) {
      const overrideSpec = parseDaySpec(override[1] as string);
      const overrideRange = readRange((override[2] as string).trim());
      if (!overrideSpec || !overrideRange || overrideRange.rest.trim() !== '') {
        throw new Unparsed(`開館時間 "(${paren})" is not understood`);
      }
      assign(section, overrideSpec, overrideRange.range, written);
    }
  }
  return section;
}

/** Splits `【開館時間】... 【休館日】...`; text without 【】 labels is read as opening times. */
function sections(text: string): { hours: string | null; closed: string | null } {
  if (!text.includes('【')) return { hours: text, closed: null };
  let hours: string | null = null;
  let closed: string | null = null;
  const pattern = /【([^】]*)】([^【]*)/g;
  if (!/^【/.test(text)) throw new Unparsed(`text before the first 【】 label`);
  for (const match of text.matchAll(pattern)) {
    const label = match[1] as string;
    const body = (match[2] as string).trim();
    if (/^(開館時間|利用時間|開所時間|営業時間|開庁時間)$/.test(label)) hours = body;
    else if (/^(休館日|休所日|休業日|休庁日)$/.test(label)) closed = body;
    else throw new Unparsed(`section 【${label}】 is not understood`);
  }
  return { hours, closed };
}

/** Parses the hours text of one facility. */
export function parseOpeningHours(text: string): OpeningHoursParse {
  try {
    const normalised = normaliseHoursText(text);
    const { hours, closed } = sections(normalised);
    if (!hours) throw new Unparsed('no opening times');
    const open = parseHoursSection(hours);
    const shut = closed
      ? parseClosedSection(closed)
      : { weekdays: new Set<Weekday>(), holidays: false, closedDays: [], notes: [] };
    const days = WEEKDAYS.map((weekday): DayHours => {
      if (shut.weekdays.has(weekday)) return { weekday, opens: null, closes: null, closed: true };
      const range = open.byWeekday.get(weekday) ?? open.everyDay;
      if (!range) throw new Unparsed(`no hours and no closure given for ${weekday}`);
      return { weekday, opens: range.opens, closes: range.closes, closed: false };
    });
    return {
      parsed: {
        days,
        closedOnHolidays: shut.holidays,
        holidayHours: shut.holidays ? null : open.holidayHours,
        closedDays: shut.closedDays,
        notes: [...open.notes, ...shut.notes],
      },
      unparsedReason: null,
    };
  } catch (error) {
    if (error instanceof Unparsed) return { parsed: null, unparsedReason: error.message };
    throw error;
  }
}

/**
 * Hours from the structured columns 利用可能曜日 / 開始時間 / 終了時間 (rare in practice). Days not listed in
 * 利用可能曜日 are closed; an empty 利用可能曜日 means every day.
 */
export function parseHoursColumns(
  availableDays: string,
  startTime: string,
  endTime: string,
): OpeningHoursParse {
  try {
    const range = readRange(normaliseHoursText(`${startTime}~${endTime}`));
    if (!range || range.rest.trim() !== '')
      throw new Unparsed(`開始時間/終了時間 "${startTime}"/"${endTime}" are not times`);
    const daysText = normaliseHoursText(availableDays);
    const spec =
      daysText === ''
        ? { weekdays: new Set(WEEKDAYS), holidays: true }
        : parseDaySpec(daysText.replace(/[、, ]/g, '・'));
    if (!spec) throw new Unparsed(`利用可能曜日 "${availableDays}" is not understood`);
    const days = WEEKDAYS.map((weekday): DayHours =>
      spec.weekdays.has(weekday)
        ? { weekday, opens: range.range.opens, closes: range.range.closes, closed: false }
        : { weekday, opens: null, closes: null, closed: true },
    );
    return {
      parsed: { days, closedOnHolidays: !spec.holidays, holidayHours: null, closedDays: [], notes: [] },
      unparsedReason: null,
    };
  } catch (error) {
    if (error instanceof Unparsed) return { parsed: null, unparsedReason: error.message };
    throw error;
  }
}
