/**
 * A realistic, seeded mock CRM for the demo: 16 salespeople in 4 teams, leads over the 18 months
 * ending "today" (in Asia/Ho_Chi_Minh), statuses that depend on the lead's age and on its owner's
 * skill, more leads on weekdays, a seasonal wave with the Tết lull, and each lead's history.
 * The same options always give the same dataset; no `Date.now()` is read here.
 */
import { civilFromDays, daysFromCivil, formatDay, parseDay } from '../../src/data/dates.js';
import type { AggregatedRow, Dimension, Lead, LeadDataset, LeadStep, Option } from '../../src/data/types.js';
import { createRandom } from '../../test/fixtures/generate.js';

/** The zone of the mock CRM: Vietnam, UTC+7 all year (no daylight saving time). */
export const CRM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** A salesperson of the mock CRM. */
export interface Salesperson {
  id: string;
  name: string;
  team: string;
  /** Roughly the share of this person's closed leads that become customers. */
  skill: number;
  /** Relative share of new leads dispatched to this person. */
  volume: number;
  /** Typical days until a lead of this person is closed. */
  pace: number;
  /** Months before "today" this person joined (leads only after), when recent. */
  joinedMonthsAgo?: number;
  /** Months before "today" this person left (no leads after). */
  leftMonthsAgo?: number;
}

/** The sales teams (the declared dimension `team`). */
export const TEAMS: Option[] = [
  { id: 'hn', label: { vi: 'Nhóm Hà Nội', en: 'Hanoi team' } },
  { id: 'dn', label: { vi: 'Nhóm Đà Nẵng', en: 'Da Nang team' } },
  { id: 'hcm', label: { vi: 'Nhóm TP. Hồ Chí Minh', en: 'Ho Chi Minh City team' } },
  { id: 'online', label: { vi: 'Nhóm Bán hàng trực tuyến', en: 'Online sales team' } },
];

/** The 16 salespeople; skills differ from about 10% to about 40% conversion. */
export const SALESPEOPLE: readonly Salesperson[] = [
  { id: 'nv01', name: 'Nguyễn Thị Thu Hà', team: 'hn', skill: 0.4, volume: 1.2, pace: 12 },
  { id: 'nv02', name: 'Trần Minh Đức', team: 'hn', skill: 0.23, volume: 1.0, pace: 16 },
  { id: 'nv03', name: 'Lê Hoàng Nam', team: 'hn', skill: 0.12, volume: 0.9, pace: 22 },
  { id: 'nv04', name: 'Phạm Ngọc Ánh', team: 'hn', skill: 0.31, volume: 1.1, pace: 14 },
  { id: 'nv05', name: 'Hoàng Văn Quyết', team: 'dn', skill: 0.18, volume: 0.8, pace: 18 },
  { id: 'nv06', name: 'Vũ Thị Hồng Nhung', team: 'dn', skill: 0.42, volume: 0.9, pace: 11 },
  { id: 'nv07', name: 'Đặng Quốc Bảo', team: 'dn', skill: 0.1, volume: 0.7, pace: 25, leftMonthsAgo: 4 },
  { id: 'nv08', name: 'Bùi Thanh Hương', team: 'hcm', skill: 0.34, volume: 1.3, pace: 13 },
  { id: 'nv09', name: 'Đỗ Mạnh Cường', team: 'hcm', skill: 0.15, volume: 1.1, pace: 20 },
  { id: 'nv10', name: 'Huỳnh Thị Mỹ Linh', team: 'hcm', skill: 0.28, volume: 1.2, pace: 15 },
  { id: 'nv11', name: 'Phan Tuấn Kiệt', team: 'hcm', skill: 0.2, volume: 1.0, pace: 17 },
  { id: 'nv12', name: 'Võ Thị Kim Ngân', team: 'hcm', skill: 0.37, volume: 0.9, pace: 12 },
  { id: 'nv13', name: 'Ngô Gia Huy', team: 'online', skill: 0.11, volume: 1.4, pace: 21 },
  { id: 'nv14', name: 'Dương Khánh Vy', team: 'online', skill: 0.26, volume: 1.2, pace: 14 },
  { id: 'nv15', name: 'Lý Văn Phúc', team: 'online', skill: 0.16, volume: 1.0, pace: 19 },
  { id: 'nv16', name: 'Trịnh Bảo Ngọc', team: 'online', skill: 0.3, volume: 0.9, pace: 13, joinedMonthsAgo: 5 },
];

/** Declared owners: every salesperson, including one who left and one who joined recently. */
export const OWNERS: Option[] = SALESPEOPLE.map(({ id, name }) => ({ id, label: name }));

/** Lead sources, with how often they bring leads and how well those leads convert. */
const SOURCE_TABLE = [
  { id: 'facebook', label: 'Facebook', weight: 30, conversion: 0.75, duplicate: 1.6 },
  { id: 'zalo', label: 'Zalo', weight: 20, conversion: 0.95, duplicate: 1.4 },
  { id: 'website', label: 'Website', weight: 17, conversion: 1.0, duplicate: 1.0 },
  { id: 'hotline', label: 'Hotline', weight: 10, conversion: 1.3, duplicate: 0.8 },
  { id: 'referral', label: { vi: 'Giới thiệu', en: 'Referral' }, weight: 9, conversion: 1.65, duplicate: 0.5 },
  { id: 'email', label: 'Email', weight: 7, conversion: 0.8, duplicate: 1.0 },
  { id: 'event', label: { vi: 'Sự kiện', en: 'Event' }, weight: 7, conversion: 1.2, duplicate: 0.7 },
] as const;

/** The declared sources. */
export const SOURCES: Option[] = SOURCE_TABLE.map(({ id, label }) => ({ id, label }));

/** Priorities, highest first. */
const PRIORITY_TABLE = [
  { id: 'urgent', label: { vi: 'Khẩn cấp', en: 'Urgent' }, weight: 8, conversion: 1.4 },
  { id: 'high', label: { vi: 'Cao', en: 'High' }, weight: 22, conversion: 1.2 },
  { id: 'medium', label: { vi: 'Trung bình', en: 'Medium' }, weight: 45, conversion: 1.0 },
  { id: 'low', label: { vi: 'Thấp', en: 'Low' }, weight: 25, conversion: 0.7 },
] as const;

/** The declared priorities, highest first. */
export const PRIORITIES: Option[] = PRIORITY_TABLE.map(({ id, label }) => ({ id, label }));

/** The processing steps, in order. */
export const STEPS: Option[] = [
  { id: 'call', label: { vi: 'Gọi điện', en: 'Call' } },
  { id: 'quote', label: { vi: 'Gửi báo giá', en: 'Send quote' } },
  { id: 'meeting', label: { vi: 'Hẹn gặp', en: 'Meeting' } },
  { id: 'negotiation', label: { vi: 'Thương lượng', en: 'Negotiation' } },
  { id: 'contract', label: { vi: 'Ký hợp đồng', en: 'Sign contract' } },
];
const STEP_IDS = STEPS.map((step) => step.id as string);

/** The lead temperature options (the declared dimension `tinhTrang`). */
export const TEMPERATURES: Option[] = [
  { id: 'nong', label: { vi: 'Nóng', en: 'Hot' } },
  { id: 'am', label: { vi: 'Ấm', en: 'Warm' } },
  { id: 'lanh', label: { vi: 'Lạnh', en: 'Cold' } },
];

/** The declared dimensions: the owner's sales team and the lead's temperature. */
export const DIMENSIONS: Dimension[] = [
  { key: 'team', label: { vi: 'Nhóm kinh doanh', en: 'Sales team' }, options: TEAMS },
  { key: 'tinhTrang', label: { vi: 'Tình trạng', en: 'Temperature' }, options: TEMPERATURES },
];

/** Every declared option list of the mock CRM, carried by every response. */
export function declaredOptions(): Required<Pick<LeadDataset, 'owners' | 'sources' | 'priorities' | 'steps' | 'dimensions'>> {
  return { owners: OWNERS, sources: SOURCES, priorities: PRIORITIES, steps: STEPS, dimensions: DIMENSIONS };
}

/** A lead of the mock CRM: the contract's fields plus the declared dimensions and a contact name. */
export interface CrmLead extends Lead {
  id: number;
  status: string;
  createdAt: string;
  owner: string | null;
  source: string;
  priority: string;
  step: string | null;
  steps?: LeadStep[];
  assignedAt?: string;
  updatedAt?: string;
  team: string | null;
  tinhTrang: string | null;
  /** The prospect's name, as a CRM lead list shows it (not used by the dashboard). */
  contact?: string;
}

/** A dataset of raw leads with every declared option. */
export type CrmDataset = ReturnType<typeof declaredOptions> & { leads: CrmLead[] };

/** How to generate. */
export interface CrmOptions {
  /** Number of leads (about 5,000 for the demo, 200,000 for the large scenario). */
  count: number;
  seed: number;
  /** The last day covered, `YYYY-MM-DD` (today in Asia/Ho_Chi_Minh for the demo). */
  today: string;
  /** Months covered, ending with `today` (default 18). */
  months?: number;
  /**
   * `full` (default) writes every field; `compact` leaves out what the dashboard does not need for
   * its default view (`steps[]`, `assignedAt`, `updatedAt`, `contact`): the 200k scenario's payload
   * is then about a third of the size, and quicker to generate, serialise and parse.
   */
  detail?: 'full' | 'compact';
}

// The first day of Tết (lunar new year): leads slow down for about two weeks around it
const TET = ['2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03', '2031-01-23'].map((day) =>
  parseDay(day)!,
);

// The hour of day a lead arrives, 0–23 (Vietnam time): office hours, and evenings for chat apps
const HOUR_WEIGHTS = [
  0.2, 0.1, 0.05, 0.05, 0.05, 0.15, 0.4, 0.9, 1.7, 2.3, 2.4, 2.1, 1.3, 1.5, 2.1, 2.2, 2.0, 1.6, 1.1, 1.0, 1.2, 1.0, 0.7, 0.4,
];

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Trịnh',
  'Đinh',
  'Mai',
  'Cao',
];
const MALE = [
  'Văn Tùng',
  'Minh Khoa',
  'Quốc Việt',
  'Đức Anh',
  'Hữu Phước',
  'Thành Long',
  'Công Danh',
  'Gia Bảo',
  'Tấn Lộc',
  'Xuân Trường',
  'Hoàng Sơn',
  'Nhật Minh',
];
const FEMALE = [
  'Thị Lan',
  'Ngọc Hân',
  'Thu Trang',
  'Mỹ Duyên',
  'Phương Thảo',
  'Bích Ngọc',
  'Hồng Nhung',
  'Thanh Tâm',
  'Khánh Linh',
  'Kim Oanh',
  'Diệu Hương',
  'Thùy Dung',
];
const COMPANIES = [
  'Công ty TNHH Minh Phát',
  'Công ty CP Thép Việt',
  'Nhà hàng Sen Vàng',
  'Khách sạn Biển Xanh',
  'Công ty TNHH An Khang',
  'Trường Mầm non Hoa Mai',
  'Phòng khám Tâm Đức',
  'Công ty CP Nông sản Miền Tây',
  'Siêu thị Mini Phú Quý',
  'Công ty TNHH Xây dựng Đại Nam',
];

/** A cumulative distribution over weights, sampled by bisection. */
function sampler(weights: ArrayLike<number>): (u: number) => number {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  for (let k = 0; k < weights.length; k++) cumulative[k] = sum += weights[k]!;
  return (u: number) => {
    const target = u * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** The day `months` calendar months before `day` (clamped to the month's length). */
export function monthsBefore(day: number, months: number): number {
  const [year, month, date] = civilFromDays(day);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - daysFromCivil(y, m, 1);
  return daysFromCivil(y, m, Math.min(date, last));
}

/** The relative number of leads arriving on a day: weekdays, a seasonal wave, Tết, slow growth. */
function dayWeight(day: number, first: number, last: number): number {
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  const week = weekday < 5 ? 1 : weekday === 5 ? 0.55 : 0.3;
  const [year] = civilFromDays(day);
  const dayOfYear = day - daysFromCivil(year, 1, 1);
  // busiest in the last quarter (year-end budgets), quietest in early summer
  const season = 1 + 0.25 * Math.cos((2 * Math.PI * (dayOfYear - 315)) / 365);
  let tet = 1;
  for (const newYear of TET) {
    const distance = day - newYear;
    if (distance >= -10 && distance <= 8) tet = distance >= -3 && distance <= 5 ? 0.15 : 0.5;
  }
  const growth = 0.8 + (0.4 * (day - first)) / Math.max(1, last - first);
  return week * season * tet * growth;
}

const pad = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/**
 * Formats epoch ms as an ISO instant in Vietnam's offset. Integer arithmetic and a per-day cache of
 * the date part: the 200k scenario formats about a million instants.
 */
function createInstantFormatter(): (ms: number) => string {
  const days: string[] = [];
  return (ms: number) => {
    const local = ms + OFFSET_MS;
    const day = Math.floor(local / DAY_MS);
    const slot = day - 10_000; // days since 1997: a dense array index for any plausible "today"
    let text = days[slot];
    if (text === undefined) text = days[slot] = `${formatDay(day)}T`;
    const seconds = ((local - day * DAY_MS) / 1000) | 0;
    return text + pad[(seconds / 3600) | 0] + ':' + pad[((seconds / 60) | 0) % 60] + ':' + pad[seconds % 60] + '+07:00';
  };
}

/**
 * Generates the mock CRM's leads over the `months` ending `today`. Leads get increasing numeric
 * ids in creation order (like an auto-increment key), `createdAt`, `assignedAt` and `updatedAt` as
 * instants with +07:00, the owner's team, a temperature, the current `step` and the `steps[]` that
 * led there (see `detail` for the lighter form). Both forms draw the same random numbers, so a
 * seed gives the same leads either way.
 */
export function generateCrmDataset(options: CrmOptions): CrmDataset {
  const { count, seed, months = 18 } = options;
  const full = options.detail !== 'compact';
  const random = createRandom(seed);
  const last = parseDay(options.today);
  if (last === null) throw new RangeError(`today must be YYYY-MM-DD, not ${options.today}`);
  const first = monthsBefore(last, months) + 1;
  const endMs = (last + 1) * DAY_MS - OFFSET_MS - 1000; // 23:59:59 today, Vietnam time

  // arrival instants, sorted so that ids grow with creation time
  const pickDay = sampler(Array.from({ length: last - first + 1 }, (_, k) => dayWeight(first + k, first, last)));
  const pickHour = sampler(HOUR_WEIGHTS);
  const created = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const day = first + pickDay(random());
    const seconds = pickHour(random()) * 3600 + Math.floor(random() * 3600);
    created[i] = day * DAY_MS - OFFSET_MS + seconds * 1000;
  }
  created.sort();

  const people = SALESPEOPLE.map((person) => ({
    ...person,
    from: person.joinedMonthsAgo ? monthsBefore(last, person.joinedMonthsAgo) : -Infinity,
    to: person.leftMonthsAgo ? monthsBefore(last, person.leftMonthsAgo) : Infinity,
  }));
  const pickPerson = sampler(people.map((person) => person.volume));
  const pickSource = sampler(SOURCE_TABLE.map((source) => source.weight));
  const pickPriority = sampler(PRIORITY_TABLE.map((priority) => priority.weight));
  const format = createInstantFormatter();
  const leads: CrmLead[] = new Array(count);

  for (let i = 0; i < count; i++) {
    const createdMs = created[i]!;
    const createdDay = Math.floor((createdMs + OFFSET_MS) / DAY_MS);
    const age = (endMs - createdMs) / DAY_MS; // days, fractional
    const source = SOURCE_TABLE[pickSource(random())]!;
    const priority = PRIORITY_TABLE[pickPriority(random())]!;
    const contact = CONTACTS[Math.floor(random() * CONTACTS.length)]!; // drawn in both modes: same leads
    // most leads are dispatched within hours; the freshest may still wait in the queue
    const unassigned = random() < 0.035 + (age < 1 ? 0.3 : age < 2 ? 0.12 : 0);
    if (unassigned) {
      const lead: CrmLead = {
        id: 100001 + i,
        status: 'new',
        createdAt: format(createdMs),
        owner: null,
        source: source.id,
        priority: priority.id,
        step: null,
        team: null,
        tinhTrang: random() < 0.7 ? null : 'am',
      };
      if (full) {
        lead.updatedAt = lead.createdAt;
        lead.contact = contact;
      }
      leads[i] = lead;
      continue;
    }
    let person = people[pickPerson(random())]!;
    for (let tries = 0; tries < 8 && (createdDay < person.from || createdDay >= person.to); tries++) person = people[pickPerson(random())]!;
    if (createdDay < person.from || createdDay >= person.to) person = people[0]!;

    const lag = Math.min((0.1 + random() * random() * 6) * 3_600_000, Math.max(0, endMs - createdMs) * 0.5);
    const assignedMs = createdMs + lag;
    // the older the lead, the likelier it is closed; each person works at their own pace
    const closed = random() < 1 - Math.exp(-age / person.pace);
    let status: string;
    if (!closed) {
      status = random() < 1 - Math.exp(-age / 3) ? 'in_progress' : 'assigned';
    } else {
      const duplicateChance = 0.06 * source.duplicate;
      const r = random();
      if (r < duplicateChance) status = 'duplicate';
      else {
        const won = Math.min(0.85, person.skill * source.conversion * priority.conversion * 1.05);
        status = random() < won ? 'customer' : random() < 0.55 ? 'not_potential' : 'stopped';
      }
    }

    // how far along the steps the lead went
    let reached: number;
    switch (status) {
      case 'assigned':
        reached = 1;
        break;
      case 'in_progress':
        reached = 1 + Math.floor(random() * Math.min(4, 1 + age / 4));
        break;
      case 'customer': {
        const r = random();
        reached = r < 0.5 ? 5 : r < 0.8 ? 4 : 3;
        break;
      }
      case 'not_potential':
        reached = random() < 0.6 ? 1 : 2;
        break;
      case 'stopped':
        reached = 1 + Math.floor(random() * 3);
        break;
      default:
        reached = 1;
    }
    // the lead's working time: closed leads took about the owner's pace, open ones are still going
    const span = Math.min(
      Math.max(0, endMs - assignedMs) * 0.98,
      (closed ? person.pace * (0.3 + random() * 1.4) : age * (0.2 + random() * 0.8)) * DAY_MS,
    );
    const steps: LeadStep[] = [];
    let at = assignedMs + random() * Math.min(span * 0.1, 2 * 3_600_000);
    for (let k = 0; k < reached; k++) {
      if (k > 0) at += ((span - (at - assignedMs)) * (0.25 + random() * 0.5)) / Math.max(1, reached - k);
      if (full) steps.push({ step: STEP_IDS[k]!, at: format(Math.min(at, endMs)) });
    }
    const updatedMs = Math.min(endMs, closed ? Math.max(at, assignedMs + span) : at + random() * (endMs - at) * 0.3);

    const lead: CrmLead = {
      id: 100001 + i,
      status,
      createdAt: format(createdMs),
      owner: person.id,
      source: source.id,
      priority: priority.id,
      step: STEP_IDS[reached - 1]!,
      team: person.team,
      tinhTrang: temperature(status, random),
    };
    if (full) {
      lead.assignedAt = format(assignedMs);
      lead.updatedAt = format(updatedMs);
      lead.contact = contact;
      lead.steps = steps;
    }
    leads[i] = lead;
  }
  return { ...declaredOptions(), leads };
}

/** A lead's temperature, as the salesperson judged it: follows the status, with noise. */
function temperature(status: string, random: () => number): string | null {
  const r = random();
  switch (status) {
    case 'customer':
      return r < 0.6 ? 'nong' : r < 0.95 ? 'am' : 'lanh';
    case 'in_progress':
      return r < 0.35 ? 'nong' : r < 0.8 ? 'am' : 'lanh';
    case 'assigned':
      return r < 0.4 ? null : r < 0.55 ? 'nong' : r < 0.85 ? 'am' : 'lanh';
    case 'not_potential':
      return r < 0.05 ? 'nong' : r < 0.3 ? 'am' : 'lanh';
    case 'stopped':
      return r < 0.05 ? 'nong' : r < 0.5 ? 'am' : 'lanh';
    default:
      return r < 0.5 ? null : r < 0.8 ? 'am' : 'lanh';
  }
}

/** Prospects: people (Anh / Chị + full name) and, now and then, a business; built once. */
const CONTACTS: readonly string[] = [
  ...FAMILY.flatMap((family) => MALE.map((name) => `Anh ${family} ${name}`)),
  ...FAMILY.flatMap((family) => FEMALE.map((name) => `Chị ${family} ${name}`)),
  ...COMPANIES.flatMap((company) => Array.from({ length: 30 }, () => company)),
];

/** A lead's value of a grouping field, as the rows payload writes it. */
export type RowField = 'owner' | 'source' | 'priority' | 'step' | 'team' | 'tinhTrang';
export const ROW_FIELDS: readonly RowField[] = ['owner', 'source', 'priority', 'step', 'team', 'tinhTrang'];

/**
 * Aggregates leads into SPEC §7 rows: one `{date, owner, status, source, priority, step, team,
 * tinhTrang, count}` per distinct combination, `date` being the calendar day given by `dayOf`
 * (leads for which it gives `null` are left out), in first-seen order.
 */
export function aggregateRows(leads: readonly CrmLead[], dayOf: (lead: CrmLead) => string | null): AggregatedRow[] {
  const rows = new Map<string, AggregatedRow>();
  for (const lead of leads) {
    const date = dayOf(lead);
    if (date === null) continue;
    const key = `${date}\u0000${lead.status}\u0000${ROW_FIELDS.map((field) => lead[field] ?? '').join('\u0000')}`;
    const row = rows.get(key);
    if (row) row.count++;
    else
      rows.set(key, {
        date,
        owner: lead.owner,
        status: lead.status,
        source: lead.source,
        priority: lead.priority,
        step: lead.step,
        team: lead.team,
        tinhTrang: lead.tinhTrang,
        count: 1,
      });
  }
  return [...rows.values()];
}
