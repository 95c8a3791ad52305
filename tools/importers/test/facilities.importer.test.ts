import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import {
  CLASSIFICATION_RULES,
  FacilityFileError,
  classifyFacility,
  loadYaizuFacilities,
  mergeFacilityImports,
  parseFacilityFile,
  parseOpeningHours,
  sharedDataPath,
  type FacilityRecord,
  type OpeningHoursRecord,
  type Weekday,
} from '../src/index.js';

const ABBREVIATIONS: Record<Weekday, string> = {
  MONDAY: 'Mo',
  TUESDAY: 'Tu',
  WEDNESDAY: 'We',
  THURSDAY: 'Th',
  FRIDAY: 'Fr',
  SATURDAY: 'Sa',
  SUNDAY: 'Su',
};

/** Compact form of parsed hours, e.g. `Mo closed, Tu-Su 09:00-21:30, holidays closed, YEAR_END`. */
function summarise(hours: OpeningHoursRecord | null): string {
  if (!hours) return '-';
  if (!hours.parsed) return 'UNPARSED';
  const groups: { from: Weekday; to: Weekday; value: string }[] = [];
  for (const day of hours.parsed.days) {
    const value = day.closed ? 'closed' : `${day.opens}-${day.closes}`;
    const last = groups[groups.length - 1];
    if (last && last.value === value) last.to = day.weekday;
    else groups.push({ from: day.weekday, to: day.weekday, value });
  }
  const parts = groups.map(
    ({ from, to, value }) => `${ABBREVIATIONS[from]}${from === to ? '' : `-${ABBREVIATIONS[to]}`} ${value}`,
  );
  if (hours.parsed.closedOnHolidays) parts.push('holidays closed');
  const holiday = hours.parsed.holidayHours;
  if (holiday) parts.push(`holidays ${holiday.opens}-${holiday.closes}`);
  for (const closed of hours.parsed.closedDays) {
    const range = closed.from ? ` ${closed.from}..${closed.to}` : '';
    const nth = closed.nth && closed.weekday ? ` ${closed.nth}x${ABBREVIATIONS[closed.weekday]}` : '';
    parts.push(`${closed.rule}${range}${nth}`);
  }
  return parts.join(', ');
}

type Row = [line: number, no: string, name: string, kind: string, bookable: boolean, hours: string];

/**
 * Every row of both Yaizu files, checked by reading each row's 名称, 団体名 and 利用可能日時特記事項.
 * '-' = no hours text; 'UNPARSED' = text kept verbatim with a reason, no hours guessed.
 */
// prettier-ignore
const PUBLIC_FACILITY_ROWS: Row[] = [
  [2, '0000010001', '親子ふれあい広場', 'CHILDREN_CULTURE_CENTER', true, 'Mo 09:00-17:00, Tu closed, We-Su 09:00-17:00, YEAR_END'],
  [3, '0000010002', '焼津駅北口駐車場', 'OTHER', false, 'Mo-Su 00:00-24:00'],
  [4, '0000010800', '消防団第１分団車庫・詰所', 'OTHER', false, '-'],
  [5, '0000010801', '消防団第10分団車庫・詰所', 'OTHER', false, '-'],
  [6, '0000010802', '消防団第16分団車庫・詰所', 'OTHER', false, '-'],
  [7, '0000010803', '消防団第17分団車庫', 'OTHER', false, '-'],
  [8, '0000010804', '避難地倉庫（大富小学校）', 'OTHER', false, '-'],
  [9, '0000010805', '避難地倉庫（水道用地）', 'OTHER', false, '-'],
  [10, '0000010806', '避難地倉庫（大村中学校）', 'OTHER', false, '-'],
  [11, '0000010807', '避難地倉庫（東益津小学校）', 'OTHER', false, '-'],
  [12, '0000010809', '避難地倉庫（石脇公園）', 'OTHER', false, '-'],
  [13, '0000010810', '避難地倉庫（焼津中学校）', 'OTHER', false, '-'],
  [14, '0000010812', '避難地倉庫（豊田小学校）', 'OTHER', false, '-'],
  [15, '0000010813', '避難地倉庫（大富中学校プール下）', 'OTHER', false, '-'],
  [16, '0000010814', '避難地倉庫（東益津中学校プール下）', 'OTHER', false, '-'],
  [17, '0000010815', '避難地倉庫（豊田中学校プール下）', 'OTHER', false, '-'],
  [18, '0000010817', '避難地倉庫(焼津西小学校）', 'OTHER', false, '-'],
  [19, '0000010818', '避難地倉庫（焼津中央高校）', 'OTHER', false, '-'],
  [20, '0000010821', '避難地倉庫（大井川東小学校）', 'OTHER', false, '-'],
  [21, '0000010826', '学童保育なかよし小川クラブ・小川', 'OTHER', false, 'Mo-Fr 12:00-18:30, Sa 07:30-16:30, Su closed, holidays closed'],
  [22, '0000010827', 'ゆりかご西クラブ・かもめ', 'OTHER', false, 'Mo-Fr 12:00-18:30, Sa 07:30-18:00, Su closed, holidays closed'],
  [23, '0000010829', '大井川東放課後児童クラブ', 'OTHER', false, 'Mo-Fr 12:00-18:30, Sa 07:30-17:30, Su closed, holidays closed'],
  [24, '0000010830', '大井川民俗資料保管庫', 'OTHER', false, '-'],
  [25, '0000010833', '大井川保健相談センター', 'OTHER', false, 'UNPARSED'],
  [26, '0000010834', '石津コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [27, '0000010835', '新屋コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [28, '0000010836', '四区コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [29, '0000010837', '第５コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo 08:30-21:00, Tu closed, We-Su 08:30-21:00'],
  [30, '0000010838', '利右衛門地区コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [31, '0000010840', '坂本観光トイレ', 'OTHER', false, '-'],
  [32, '0000010841', '吉津観光トイレ', 'OTHER', false, '-'],
  [33, '0000010842', '花沢の里水車小屋', 'OTHER', false, '-'],
  [34, '0000010843', '野鳥公園展望台', 'OTHER', false, '-'],
  [35, '0000010845', '水防倉庫（中里）', 'OTHER', false, '-'],
  [36, '0000010846', '水防倉庫（八楠）', 'OTHER', false, '-'],
  [37, '0000010847', '自主防災倉庫（第１自主防災会）', 'OTHER', false, '-'],
  [38, '0000010848', '自主防災倉庫（第２自主防災会）', 'OTHER', false, '-'],
  [39, '0000010849', '自主防災倉庫（第３自主防災会）', 'OTHER', false, '-'],
  [40, '0000010850', '自主防災倉庫（第４自主防災会）', 'OTHER', false, '-'],
  [41, '0000010851', '自主防災倉庫（第６自主防災会）', 'OTHER', false, '-'],
  [42, '0000010852', '自主防災倉庫（第７自主防災会）', 'OTHER', false, '-'],
  [43, '0000010853', '自主防災倉庫（第８自主防災会）', 'OTHER', false, '-'],
  [44, '0000010854', '自主防災倉庫（第９自主防災会）', 'OTHER', false, '-'],
  [45, '0000010855', '自主防災倉庫（第10自主防災会：小土）', 'OTHER', false, '-'],
  [46, '0000010856', '自主防災倉庫（第11自主防災会）', 'OTHER', false, '-'],
  [47, '0000010857', '自主防災倉庫（第12自主防災会）', 'OTHER', false, '-'],
  [48, '0000010858', '自主防災倉庫（第14自主防災会）', 'OTHER', false, '-'],
  [49, '0000010859', '自主防災倉庫（第15自主防災会）', 'OTHER', false, '-'],
  [50, '0000010860', '自主防災倉庫（第16自主防災会）', 'OTHER', false, '-'],
  [51, '0000010861', '自主防災倉庫（第17自主防災会）', 'OTHER', false, '-'],
  [52, '0000010862', '自主防災倉庫（第18自主防災会）', 'OTHER', false, '-'],
  [53, '0000010863', '自主防災倉庫（第19自主防災会）', 'OTHER', false, '-'],
  [54, '0000010864', '自主防災倉庫（第23自主防災会）', 'OTHER', false, '-'],
  [55, '0000010865', '清見田公園防災倉庫', 'OTHER', false, '-'],
  [56, '0000010866', '石津西公園防災備蓄倉庫', 'OTHER', false, '-'],
  [57, '0000010867', '自主防災倉庫（第10自主防災会：保福島）', 'OTHER', false, '-'],
  [58, '0000010868', '大井川防災倉庫', 'OTHER', false, '-'],
  [59, '0000010869', '駿河湾深層水利用促進交流施設（深層水ミュージアム）', 'OTHER', false, 'Mo closed, Tu-Su 09:00-17:00'],
  [60, '0000010870', '駿河湾深層水脱塩施設', 'OTHER', false, 'Mo closed, Tu-Su 10:00-15:00'],
  [61, '0000010878', '大井川港防災倉庫', 'OTHER', false, '-'],
  [62, '0000010881', '消防団第４分団車庫・詰所', 'OTHER', false, '-'],
  [63, '0000010882', '消防団第６分団車庫・詰所', 'OTHER', false, '-'],
  [64, '0000010883', '消防団第８分団車庫・詰所', 'OTHER', false, '-'],
  [65, '0000010884', '消防団第９分団車庫・詰所', 'OTHER', false, '-'],
  [66, '0000010885', '消防団第11分団車庫・詰所', 'OTHER', false, '-'],
  [67, '0000010886', '消防団第13分団車庫・詰所', 'OTHER', false, '-'],
  [68, '0000010887', '消防団第14分団車庫・詰所', 'OTHER', false, '-'],
  [69, '0000010888', '消防団第15分団車庫・詰所', 'OTHER', false, '-'],
  [70, '0000010889', '消防団第18分団車庫・詰所', 'OTHER', false, '-'],
  [71, '0000010890', '消防団第16分団車庫', 'OTHER', false, '-'],
  [72, '0000010891', '消防団第17分団車庫・詰所', 'OTHER', false, '-'],
  [73, '0000010927', '大井川南放課後児童クラブ', 'OTHER', false, 'Mo-Fr 12:00-18:30, Sa 07:30-17:30, Su closed, holidays closed'],
  [74, '0000010928', '養護老人ホーム慈恵園', 'OTHER', false, 'Mo-Su 08:00-18:00'],
  [75, '0000010929', '放課後等デイサービス（くれよん）', 'OTHER', false, 'Mo-Fr 15:00-18:00, Sa-Su closed, holidays closed'],
  [76, '0000010930', '大井川図書館', 'LIBRARY', true, 'Mo closed, Tu-Fr 09:00-19:00, Sa-Su 09:00-17:00, holidays 09:00-17:00, MONTH_END'],
  [77, '0000010932', '田尻スポーツ広場', 'SPORTS_FACILITY', true, 'Mo-Su 08:30-21:00, YEAR_END'],
  [78, '0000010933', 'ディスカバリーパーク焼津温水プール（水夢館）', 'SPORTS_FACILITY', true, 'Mo closed, Tu-Su 10:00-20:30'],
  [79, '0000010934', '大井川体育館', 'SPORTS_FACILITY', true, 'Mo closed, Tu-Su 08:30-21:00, YEAR_END'],
  [80, '0000010935', '大島体育館', 'SPORTS_FACILITY', true, 'Mo-Su 09:00-21:00'],
  [81, '0000010936', '宮島会館', 'MEETING_FACILITY', true, 'Mo-Su 09:00-21:00'],
  [82, '0000010937', '小川第１３コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [83, '0000010938', '吉永地区コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [84, '0000010939', '高新田東地区コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [85, '0000010940', '藤守地区コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [86, '0000010941', '下小杉地区コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [87, '0000010942', '利右衛門地区集落センター', 'MEETING_FACILITY', true, 'Mo-Su 09:00-21:00'],
  [88, '0000010943', '高新田第４地区学習等供用施設', 'MEETING_FACILITY', true, 'Mo-Su 09:00-21:00'],
  [89, '0000010944', '上小杉第３地区学習等供用施設', 'MEETING_FACILITY', true, 'Mo-Su 09:00-21:00'],
  [90, '0000010945', '上泉地区学習等供用施設', 'MEETING_FACILITY', true, 'Mo-Su 09:00-21:00'],
  [91, '0000010946', '下江留地区学習等供用施設', 'MEETING_FACILITY', true, 'Mo-Su 09:00-21:00'],
  [92, '0000010947', '港地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [93, '0000010948', '焼津地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo-Su 09:00-21:30, DATE_RANGE 12-29..01-03'],
  [94, '0000010949', '水防倉庫（小土）', 'OTHER', false, '-'],
  [95, '0000010950', '自主防災倉庫（第21自主防災会）', 'OTHER', false, '-'],
  [96, '0000010951', '大井川防災備蓄倉庫', 'OTHER', false, '-'],
  [97, '0000010952', '焼津駅北口自転車駐車場', 'OTHER', false, 'Mo-Su 06:30-21:00'],
  [98, '0000010954', '大井川港港湾会館(港湾施設用）', 'MEETING_FACILITY', true, 'Mo-Su 09:00-21:00'],
  [99, '0000010959', '消防団第５分団車庫・詰所', 'OTHER', false, '-'],
  [100, '0000010960', '消防団第12分団車庫・詰所', 'OTHER', false, '-'],
  [101, '0000010966', '大井川福祉センター（ほほえみ）', 'OTHER', false, 'Mo-Su 09:00-21:30, holidays closed, NTH_WEEKDAY 3xSu'],
  [102, '0000010968', '一色水道用地', 'SPORTS_FACILITY', true, 'Mo-Su 08:30-17:00, YEAR_END'],
  [103, '0000010969', '大井川河川敷運動公園', 'SPORTS_FACILITY', true, 'Mo-Su 08:30-17:00, YEAR_END'],
  [104, '0000010970', '三区コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [105, '0000010971', '坂本コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [106, '0000010972', '高新田地区コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'UNPARSED'],
  [107, '0000010973', '旭町保育園', 'OTHER', false, 'Mo-Sa 07:30-19:00, Su closed, holidays closed'],
  [108, '0000010974', '小川地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [109, '0000010977', 'ワークプラザ', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [110, '0000010978', '鍛冶島公会堂', 'DISTRICT_HALL', true, 'Mo-Su 09:00-21:00'],
  [111, '0000010979', '焼津消防署東分署', 'OTHER', false, '-'],
  [112, '0000010980', '消防団第３分団車庫・詰所', 'OTHER', false, '-'],
  [113, '0000010984', '惣右衛門下公会堂', 'DISTRICT_HALL', true, 'Mo-Su 09:00-21:00'],
  [114, '0000010985', '藤守地区学習等供用施設', 'MEETING_FACILITY', true, 'Mo-Su 09:00-21:00'],
  [115, '0000010988', '和田地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [116, '0000010989', '豊田地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [117, '0000010991', '柳新屋団地', 'OTHER', false, '-'],
  [118, '0000010994', '浜当目コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [119, '0000010995', '大井川保育園', 'OTHER', false, 'Mo-Sa 07:30-19:00, Su closed, holidays closed'],
  [120, '0000010996', '大富地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [121, '0000010997', '小石川駐車場', 'OTHER', false, 'Mo-Su 00:00-24:00'],
  [122, '0000010999', '焼津駅南口自転車駐車場', 'OTHER', false, 'Mo-Su 06:00-22:30'],
  [123, '0000011001', '小川新地コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 08:30-21:00'],
  [124, '0000011002', '水防倉庫（石脇）', 'OTHER', false, '-'],
  [125, '0000011003', '本町５丁目共同駐車場', 'OTHER', false, 'Mo-Su 08:00-22:30'],
  [126, '0000011008', '消防団第７分団車庫・詰所', 'OTHER', false, '-'],
  [127, '0000011009', '保健センター防災倉庫（黒石小学校）', 'OTHER', false, '-'],
  [128, '0000011010', '大井川西放課後児童クラブ', 'OTHER', false, 'Mo-Fr 12:00-18:30, Sa 07:30-17:30, Su closed, holidays closed'],
  [129, '0000011011', '漁船員テニス場', 'SPORTS_FACILITY', true, 'Mo closed, Tu-Su 08:00-21:00, YEAR_END'],
  [130, '0000011012', '石脇観光トイレ及び休憩所', 'OTHER', false, '-'],
  [131, '0000011015', '大井川商工業研修センター', 'MEETING_FACILITY', true, 'Mo-Su 09:00-22:00, YEAR_END'],
  [132, '0000011016', '大井川庁舎', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [133, '0000011017', '消防団第２分団車庫・詰所', 'OTHER', false, '-'],
  [134, '0000011030', '放課後等デイサービス（色えんぴつ）', 'OTHER', false, 'Mo-Fr 15:00-18:00, Sa-Su closed, holidays closed'],
  [135, '0000011031', '大井川精神障害者地域活動支援センター', 'OTHER', false, 'Mo-Fr 09:00-16:00, Sa-Su closed, holidays closed'],
  [136, '0000011032', '二区コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Th 08:30-21:00, Fr closed, Sa-Su 08:30-21:00'],
  [137, '0000011033', '大井川地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [138, '0000011034', '静浜幼稚園', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [139, '0000011035', '駿河湾深層水体験施設アクアスやいづ', 'OTHER', false, 'Mo closed, Tu-Su 09:00-22:00'],
  [140, '0000011037', '大井川文化会館', 'MEETING_FACILITY', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [141, '0000011038', '大井川南幼稚園', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [142, '0000011041', '富士見会館', 'MEETING_FACILITY', true, 'Mo-Su 09:00-21:00'],
  [143, '0000011042', '小川保育園', 'OTHER', false, 'Mo-Sa 07:30-19:00, Su closed, holidays closed'],
  [144, '0000011043', '石津保育園', 'OTHER', false, 'Mo-Sa 07:30-19:00, Su closed, holidays closed'],
  [145, '0000011044', '大村地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [146, '0000011045', '大井川児童センター（とまとぴあ）', 'CHILDREN_CULTURE_CENTER', true, 'Mo closed, Tu-Su 09:00-17:00, NTH_WEEKDAY 3xSu, YEAR_END'],
  [147, '0000011046', '保福島体育館', 'SPORTS_FACILITY', true, 'Mo-Sa 08:00-21:00, Su closed'],
  [148, '0000011049', '陶芸センター', 'OTHER', false, 'UNPARSED'],
  [149, '0000011050', '東益津地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [150, '0000011051', 'ディスカバリーパーク焼津天文科学館', 'OTHER', false, 'Mo closed, Tu-Fr 09:00-17:00, Sa-Su 10:00-19:00, holidays 10:00-19:00'],
  [151, '0000011057', '花沢の里休憩所', 'OTHER', false, '-'],
  [152, '0000011058', '大井川河口野鳥園トイレ及び休憩所', 'OTHER', false, '-'],
  [153, '0000011061', '塩津団地', 'OTHER', false, '-'],
  [154, '0000011063', '総合福祉会館（ウェルシップ）', 'MEETING_FACILITY', true, 'Mo-Su 09:00-21:30, holidays closed, NTH_WEEKDAY 3xSu'],
  [155, '0000011064', 'さつき幼稚園', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [156, '0000011065', 'アトレ庁舎', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [157, '0000011067', '焼津体育館', 'SPORTS_FACILITY', true, 'Mo closed, Tu-Su 08:30-21:00, YEAR_END'],
  [158, '0000011068', '勤労会館サンライフ焼津', 'MEETING_FACILITY', true, 'Mo closed, Tu-Su 09:00-21:00, DATE_RANGE 12-29..01-03'],
  [159, '0000011069', '大富幼稚園', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [160, '0000011073', '保福島団地', 'OTHER', false, '-'],
  [161, '0000011075', '浜当目海水浴場', 'OTHER', false, 'UNPARSED'],
  [162, '0000011084', '静浜幼稚園下藤分園', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [163, '0000011085', '富士見団地', 'OTHER', false, '-'],
  [164, '0000011087', '成案侍団地', 'OTHER', false, '-'],
  [165, '0000011088', '八楠団地', 'OTHER', false, '-'],
  [166, '0000011089', '学校給食センター', 'OTHER', false, 'Mo-Fr 08:00-16:45, Sa-Su closed, holidays closed'],
  [167, '0000011090', '東益津幼稚園', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [168, '0000011091', '西松原団地', 'OTHER', false, '-'],
  [169, '0000011092', '焼津文化会館', 'MEETING_FACILITY', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [170, '0000011093', '青峯プール', 'SPORTS_FACILITY', true, 'UNPARSED'],
  [171, '0000011097', '保健センター', 'OTHER', false, 'Mo-Su 08:30-17:15'],
  [172, '0000011098', '障害福祉サービス事業所（すいせん）', 'OTHER', false, 'Mo-Fr 09:00-16:00, Sa-Su closed, holidays closed'],
  [173, '0000011099', '大井川西幼稚園', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [174, '0000011102', '消防防災センター', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [175, '0000011104', '焼津市役所本庁舎', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [176, '0000011107', '大井川西小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [177, '0000011109', '大井川南小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [178, '0000011110', '大村中学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [179, '0000011111', '水道庁舎', 'OTHER', false, 'Mo-Fr 08:30-17:15, Sa-Su closed, holidays closed'],
  [180, '0000011112', '焼津消防署大井川分署', 'OTHER', false, 'Mo-Su 00:00-24:00'],
  [181, '0000011113', '中根新田団地', 'OTHER', false, '-'],
  [182, '0000011114', '東益津小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [183, '0000011115', '和田中学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [184, '0000011117', '大井川東小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [185, '0000011118', '田尻西団地', 'OTHER', false, '-'],
  [186, '0000011119', '黒石小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [187, '0000011120', '焼津東小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [188, '0000011121', '焼津南小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [189, '0000011122', '豊田小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [190, '0000011123', '請所団地', 'OTHER', false, '-'],
  [191, '0000011124', '焼津西小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [192, '0000011125', '宗高団地', 'OTHER', false, '-'],
  [193, '0000011126', '東益津中学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [194, '0000011127', '焼津中学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [195, '0000011128', '和田小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [196, '0000011129', '小川中学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [197, '0000011130', '港中学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [198, '0000011131', '大井川中学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [199, '0000011132', '豊田中学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [200, '0000011133', '港小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [201, '0000011134', '大富小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [202, '0000011135', '小川小学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [203, '0000011136', '大富中学校', 'SCHOOL_FACILITY', true, 'Mo-Fr 08:00-16:30, Sa-Su closed, holidays closed'],
  [204, '0000011137', '市立総合病院', 'OTHER', false, 'UNPARSED'],
  [205, '0000011138', '医師住宅', 'OTHER', false, '-'],
  [206, '0000011146', '水防倉庫（飯淵）', 'OTHER', false, '-'],
  [207, '0000011147', '水防倉庫（相川）', 'OTHER', false, '-'],
  [208, '0000011148', '水防倉庫（上泉）', 'OTHER', false, '-'],
  [209, '0000011149', '地域産物販売提供施設（うみえ～る焼津）', 'OTHER', false, 'Mo-Su 08:00-21:00'],
  [210, '0000011150', '消防団第７分団車庫', 'OTHER', false, '-'],
  [211, '0000011153', '小川港艇庫（焼津中学校）', 'OTHER', false, '-'],
  [212, '0000011156', '総合体育館（シーガルドーム）', 'SPORTS_FACILITY', true, 'Mo closed, Tu-Su 08:30-21:00, YEAR_END'],
  [213, '0000011157', '総合グラウンドテニス場', 'SPORTS_FACILITY', true, 'Mo closed, Tu-Su 08:30-21:00, YEAR_END'],
  [214, '0000011158', '総合グラウンド陸上競技場', 'SPORTS_FACILITY', true, 'Mo closed, Tu-Su 08:30-21:00, YEAR_END'],
  [215, '0000011159', '総合グラウンド野球場', 'SPORTS_FACILITY', true, 'Mo closed, Tu-Su 08:30-21:00, YEAR_END'],
  [216, '0000011160', '保健センター防災倉庫（小川中学校）', 'OTHER', false, '-'],
  [217, '0000011161', '保健センター防災倉庫（焼津ケアセンター）', 'OTHER', false, '-'],
  [218, '0000011162', '保健センター防災倉庫（大井川西小学校）', 'OTHER', false, '-'],
  [219, '0000011164', '焼津防災備蓄倉庫', 'OTHER', false, '-'],
  [220, '0000011166', 'ふれあいギャラリー', 'OTHER', false, 'Mo closed, Tu-Su 09:00-17:00, holidays closed, DATE_RANGE 12-29..01-03'],
  [221, '0000011167', '飯淵グラウンド', 'SPORTS_FACILITY', true, 'Mo-Su 08:30-21:00, YEAR_END'],
  [222, '0000011168', '相撲場', 'SPORTS_FACILITY', true, 'UNPARSED'],
  [223, '0000011169', '大井川港コミュニティ防災センター', 'COMMUNITY_CENTER', true, 'Mo-Su 09:00-21:00, DATE_RANGE 12-29..01-03'],
  [224, '0000011170', '花沢地区ビジターセンター', 'OTHER', false, '-'],
  [225, '0000011171', '浜通り服部家', 'OTHER', false, 'UNPARSED'],
  [226, '0000019001', '焼津図書館', 'LIBRARY', true, 'Mo closed, Tu-Fr 09:00-19:00, Sa-Su 09:00-17:00, holidays 09:00-17:00, MAINTENANCE, YEAR_END'],
  [227, '0000019002', '歴史民俗資料館', 'OTHER', false, 'Mo closed, Tu-Su 09:00-17:00'],
  [228, '0000019003', '小泉八雲記念館', 'OTHER', false, 'Mo closed, Tu-Su 09:00-17:00, YEAR_END, IRREGULAR'],
  [229, '0000020001', 'ほしのこクラブ', 'OTHER', false, 'Mo-Fr 12:00-18:30, Sa 07:30-17:30, Su closed, holidays closed'],
  [230, '0000020002', 'ターントクルこども館', 'CHILDREN_CULTURE_CENTER', true, 'Mo-Tu 09:00-19:00, We closed, Th-Su 09:00-19:00, YEAR_END'],
  [231, '0000020003', '水防センター', 'OTHER', false, '-'],
];

// prettier-ignore
const COMMUNITY_CENTER_ROWS: Row[] = [
  [2, '10947', '港地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [3, '10948', '焼津地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo-Su 09:00-21:30, DATE_RANGE 12-29..01-03'],
  [4, '10974', '小川地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [5, '10988', '和田地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [6, '10989', '豊田地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [7, '10996', '大富地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [8, '11033', '大井川地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [9, '11044', '大村地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
  [10, '11050', '東益津地域交流センター', 'COMMUNITY_EXCHANGE_CENTER', true, 'Mo closed, Tu-Su 09:00-21:30'],
];

function readShared(file: string): Buffer {
  return readFileSync(sharedDataPath(file));
}

const V1_HEADER =
  '都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,POIコード,住所,方書,緯度,経度,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,説明,バリアフリー情報,URL,備考';

/** A version 1 row with the given cells; the others empty. */
function v1Row(cells: Partial<Record<string, string>>): string {
  return V1_HEADER.split(',')
    .map((column) => cells[column] ?? '')
    .map((value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value))
    .join(',');
}

const HALL = {
  都道府県コード又は市区町村コード: '222127',
  NO: '0000010947',
  名称: '港地域交流センター',
  名称_カナ: 'ミナトチイキコウリュウセンター',
  住所: '焼津市石津港町40-1',
  緯度: '34.84124155',
  経度: '138.3262067',
  団体名: 'スマイルライフ推進課',
  利用可能日時特記事項: '【開館時間】9:00～21:30 【休館日】月曜日',
};

describe('the Yaizu 公共施設一覧, row by row', () => {
  const cases: { file: string; rows: Row[] }[] = [
    { file: 'yaizu_public_facility.csv', rows: PUBLIC_FACILITY_ROWS },
    { file: 'yaizu_community_center.csv', rows: COMMUNITY_CENTER_ROWS },
  ];

  describe.each(cases)('$file', ({ file, rows }) => {
    const result = parseFacilityFile(readShared(file));
    const byLine = new Map<number, FacilityRecord>(result.facilities.map((record) => [record.line, record]));

    it('imports every row and rejects none', () => {
      expect(result.rejected).toEqual([]);
      expect(result.duplicates).toEqual([]);
      expect(result.facilities).toHaveLength(rows.length);
      expect(result.rowCount).toBe(rows.length);
    });

    it.each(rows)(
      'line %i (NO %s, %s): %s, bookable %s, hours %s',
      (line, no, name, kind, bookable, hours) => {
        const record = byLine.get(line);
        expect(record).toBeDefined();
        expect(record?.no).toBe(no);
        expect(record?.name).toBe(name);
        expect(record?.kind).toBe(kind);
        expect(record?.bookable).toBe(bookable);
        expect(summarise(record?.openingHours ?? null)).toBe(hours);
      },
    );
  });

  it('detects each file encoding: UTF-8 without BOM, UTF-8 with BOM', () => {
    expect(parseFacilityFile(readShared('yaizu_public_facility.csv')).encoding).toBe('utf-8');
    expect(parseFacilityFile(readShared('yaizu_community_center.csv')).encoding).toBe('utf-8-bom');
  });

  it('keeps the verbatim hours text of every row, parsed or not', () => {
    const result = parseFacilityFile(readShared('yaizu_public_facility.csv'));
    const beach = result.facilities.find((record) => record.name === '浜当目海水浴場');
    expect(beach?.openingHours).toEqual({
      text: '【開館時間】10:00 ～ 16:00    (土日祝等17:00)',
      parsed: null,
      unparsedReason: expect.stringContaining('土日祝等17:00'),
    });
    const withText = result.facilities.filter((record) => record.openingHours !== null);
    expect(withText).toHaveLength(135);
    expect(withText.filter((record) => record.openingHours?.parsed === null)).toHaveLength(8);
  });

  it('counts the kinds of the merged demo city', () => {
    const { facilities, replaced } = loadYaizuFacilities();
    const counts: Record<string, number> = {};
    for (const record of facilities) counts[record.kind] = (counts[record.kind] ?? 0) + 1;
    expect(counts).toEqual({
      OTHER: 145,
      COMMUNITY_CENTER: 17,
      SCHOOL_FACILITY: 22,
      SPORTS_FACILITY: 16,
      MEETING_FACILITY: 14,
      COMMUNITY_EXCHANGE_CENTER: 9,
      CHILDREN_CULTURE_CENTER: 3,
      LIBRARY: 2,
      DISTRICT_HALL: 2,
    });
    expect(facilities.filter((record) => record.bookable)).toHaveLength(85);
    expect(facilities.filter((record) => record.classification.rule === null)).toHaveLength(33);
    expect(replaced).toHaveLength(9);
  });
});

describe('merging the two Yaizu files', () => {
  const { facilities, replaced } = loadYaizuFacilities();

  it('keeps one facility per NO: 10947 in the second file is 0000010947 in the first', () => {
    expect(facilities).toHaveLength(230);
    expect(new Set(facilities.map((record) => record.key)).size).toBe(230);
    expect(replaced.map((entry) => entry.key)).toEqual(
      ['10947', '10948', '10974', '10988', '10989', '10996', '11033', '11044', '11050'].map(
        (no) => `222127:${no}`,
      ),
    );
  });

  it('lets the later file win, with its corrected coordinates and address', () => {
    const toyoda = facilities.find((record) => record.key === '222127:10989');
    expect(toyoda).toMatchObject({
      no: '10989',
      file: 1,
      line: 6,
      address: '静岡県焼津市小土961-1',
      location: { lat: 34.865244, lng: 138.293089 },
      managingBody: '生きがい・交流政策課',
      remarks: '公民館',
    });
  });

  it('keeps the position of the first appearance', () => {
    const index = facilities.findIndex((record) => record.key === '222127:10947');
    expect(facilities[index - 1]?.key).toBe('222127:10946');
  });
});

describe('encodings and headers', () => {
  const text = [
    V1_HEADER,
    v1Row(HALL),
    v1Row({
      ...HALL,
      NO: '0000010001',
      名称: '親子ふれあい広場',
      名称_カナ: 'オヤコフレアイヒロバ',
      団体名: '子育て支援課',
    }),
  ].join('\r\n');

  it('reads a Shift_JIS (cp932) file', () => {
    const buffer = iconv.encode(text, 'cp932');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(buffer)).toThrow();
    const result = parseFacilityFile(buffer);
    expect(result.encoding).toBe('cp932');
    expect(result.facilities.map((record) => [record.name, record.nameKana, record.kind])).toEqual([
      ['港地域交流センター', 'ミナトチイキコウリュウセンター', 'COMMUNITY_EXCHANGE_CENTER'],
      ['親子ふれあい広場', 'オヤコフレアイヒロバ', 'CHILDREN_CULTURE_CENTER'],
    ]);
    expect(summarise(result.facilities[0]?.openingHours ?? null)).toBe('Mo closed, Tu-Su 09:00-21:30');
  });

  it('reads the same text in UTF-8 with and without BOM to the same records', () => {
    const plain = parseFacilityFile(Buffer.from(text, 'utf8'));
    const bom = parseFacilityFile(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    );
    const sjis = parseFacilityFile(iconv.encode(text, 'cp932'));
    expect([plain.encoding, bom.encoding]).toEqual(['utf-8', 'utf-8-bom']);
    expect(bom.facilities).toEqual(plain.facilities);
    expect(sjis.facilities).toEqual(plain.facilities);
  });

  it('maps the 2022+ 自治体標準オープンデータセット header through the alias map', () => {
    const header = [
      '全国地方公共団体コード',
      'ID',
      '地方公共団体名',
      '名称',
      '名称_カナ',
      '名称_英語',
      'POIコード',
      '所在地_連結表記',
      '建物名等(方書)',
      '緯度',
      '経度',
      '電話番号',
      '団体名',
      '利用可能日時特記事項',
      'バリアフリー情報',
      'アクセス方法',
      '駐車場_有無',
      '料金_要否',
      '料金(基本)',
      '料金(詳細)',
      '独自項目',
    ].join(',');
    const row = [
      '222127',
      '010947',
      '焼津市',
      '港地域交流センター',
      'ミナトチイキコウリュウセンター',
      'Minato Community Exchange Center',
      '',
      '静岡県焼津市石津港町40-1',
      '2階',
      '34.84124155',
      '138.3262067',
      '054-000-0000',
      '生きがい・交流政策課',
      '【開館時間】９：００～２１：３０【休館日】月曜日、年末年始',
      '車いす対応出入口;エレベーター;多目的トイレ;点字案内',
      '焼津駅からバス15分',
      '有',
      '要',
      '1時間300円',
      '大会議室 1時間900円',
      'x',
    ].join(',');
    const result = parseFacilityFile(Buffer.from(`${header}\n${row}\n`, 'utf8'));
    expect(result.headerVersion).toBe('2022');
    expect(result.unknownColumns).toEqual(['独自項目']);
    expect(result.rejected).toEqual([]);
    expect(result.facilities[0]).toMatchObject({
      key: '222127:10947',
      no: '010947',
      municipality: '焼津市',
      nameEn: 'Minato Community Exchange Center',
      address: '静岡県焼津市石津港町40-1',
      addressDetail: '2階',
      phone: '054-000-0000',
      access: '焼津駅からバス15分',
      parking: '有',
      feeRequired: '要',
      feeBasic: '1時間300円',
      feeDetail: '大会議室 1時間900円',
      kind: 'COMMUNITY_EXCHANGE_CENTER',
      accessibility: {
        stepFree: true,
        elevator: true,
        accessibleToilet: true,
        notes: ['車いす対応出入口', 'エレベーター', '多目的トイレ', '点字案内'],
      },
    });
    expect(summarise(result.facilities[0]?.openingHours ?? null)).toBe(
      'Mo closed, Tu-Su 09:00-21:30, YEAR_END',
    );
  });

  it('refuses a file whose header lacks the required columns, naming them', () => {
    const buffer = Buffer.from('NO,名称,住所\n1,a,b\n', 'utf8');
    expect(() => parseFacilityFile(buffer)).toThrow(FacilityFileError);
    expect(() => parseFacilityFile(buffer)).toThrow(/名称_カナ, 緯度, 経度/);
  });

  it('refuses a file that is not CSV (an unclosed quote)', () => {
    expect(() => parseFacilityFile(Buffer.from(`${V1_HEADER}\n"222127,1`, 'utf8'))).toThrow(
      FacilityFileError,
    );
  });
});

describe('identity by (municipality code, NO)', () => {
  it('treats a NO with and without leading zeros as one facility; the later row wins', () => {
    const text = [
      V1_HEADER,
      v1Row(HALL),
      v1Row({ ...HALL, NO: '0000010001', 名称: '親子ふれあい広場', 名称_カナ: 'オヤコフレアイヒロバ' }),
      v1Row({ ...HALL, NO: '10947', 緯度: '34.8413', 住所: '焼津市石津港町40-1（訂正）' }),
    ].join('\n');
    const result = parseFacilityFile(Buffer.from(text, 'utf8'));
    expect(result.facilities.map((record) => [record.key, record.no, record.line])).toEqual([
      ['222127:10947', '10947', 4],
      ['222127:10001', '0000010001', 3],
    ]);
    expect(result.facilities[0]?.location.lat).toBe(34.8413);
    expect(result.duplicates).toEqual([{ key: '222127:10947', replacedLine: 2, line: 4 }]);
  });

  it('lets a later file replace an earlier one across files, and keeps other municipalities apart', () => {
    const first = parseFacilityFile(Buffer.from([V1_HEADER, v1Row(HALL)].join('\n'), 'utf8'));
    const second = parseFacilityFile(
      Buffer.from(
        [
          V1_HEADER,
          v1Row({ ...HALL, NO: '10947', 名称: '港地域交流センター（新）' }),
          v1Row({ ...HALL, 都道府県コード又は市区町村コード: '221007' }),
        ].join('\n'),
        'utf8',
      ),
    );
    const merged = mergeFacilityImports([first, second]);
    expect(merged.facilities.map((record) => [record.key, record.name, record.file])).toEqual([
      ['222127:10947', '港地域交流センター（新）', 1],
      ['221007:10947', '港地域交流センター', 1],
    ]);
    expect(merged.replaced).toEqual([
      { key: '222127:10947', replaced: { file: 0, line: 2 }, by: { file: 1, line: 2 } },
    ]);
  });

  it('fills an empty code column from the option', () => {
    const text = [V1_HEADER, v1Row({ ...HALL, 都道府県コード又は市区町村コード: '' })].join('\n');
    expect(parseFacilityFile(Buffer.from(text, 'utf8')).rejected[0]?.reasons).toEqual([
      '地方公共団体コード is missing (give --municipality-code)',
    ]);
    const result = parseFacilityFile(Buffer.from(text, 'utf8'), { municipalityCode: '222127' });
    expect(result.facilities[0]?.key).toBe('222127:10947');
  });
});

describe('rejected rows', () => {
  it('reports each invalid row with its line number and every reason, and keeps the valid ones', () => {
    const text = [
      V1_HEADER,
      v1Row(HALL),
      v1Row({ ...HALL, NO: '2', 名称: '' }),
      '',
      v1Row({ ...HALL, NO: '3', 緯度: '91', 経度: 'east' }),
      v1Row({ ...HALL, NO: '', 名称_カナ: '', 住所: '' }),
      '222127,5,静岡県',
      v1Row({ ...HALL, NO: '6', 利用可能日時特記事項: '【開館時間】\n9:00～17:00' }),
      v1Row({ ...HALL, NO: '7', 緯度: '-34.5', 経度: '181' }),
    ].join('\r\n');
    const result = parseFacilityFile(Buffer.from(text, 'utf8'));
    expect(result.facilities.map((record) => record.no)).toEqual(['0000010947', '6']);
    expect(result.rejected).toEqual([
      { line: 3, no: '2', name: null, reasons: ['名称 is missing'] },
      {
        line: 5,
        no: '3',
        name: '港地域交流センター',
        reasons: ['緯度 91 is outside -90..90', '経度 "east" is not a decimal number'],
      },
      {
        line: 6,
        no: null,
        name: '港地域交流センター',
        reasons: ['NO is missing', '名称_カナ is missing', '住所 is missing'],
      },
      {
        line: 7,
        no: '5',
        name: null,
        reasons: expect.arrayContaining([
          'has 3 columns, the header has 24',
          '名称 is missing',
          '緯度 is missing',
        ]),
      },
      { line: 10, no: '7', name: '港地域交流センター', reasons: ['経度 181 is outside -180..180'] },
    ]);
  });
});

describe('opening hours', () => {
  it.each([
    ['【開館時間】9:00～21:30 【休館日】月曜日', 'Mo closed, Tu-Su 09:00-21:30'],
    [
      '【開館時間】９：００～２１：３０ 【休館日】毎週月曜日、年末年始',
      'Mo closed, Tu-Su 09:00-21:30, YEAR_END',
    ],
    [
      '【開館時間】9:00〜17:00 【休館日】12月29日から翌年１月３日まで',
      'Mo-Su 09:00-17:00, DATE_RANGE 12-29..01-03',
    ],
    [
      '【開館時間】午前９時から午後５時 【休館日】土・日曜日、祝日',
      'Mo-Fr 09:00-17:00, Sa-Su closed, holidays closed',
    ],
    ['【開館時間】8時30分　～　17時15分', 'Mo-Su 08:30-17:15'],
    ['【開館時間】24時間 【休館日】なし', 'Mo-Su 00:00-24:00'],
    ['9:00-17:00', 'Mo-Su 09:00-17:00'],
    [
      '【開館時間】9:00～17:00 【休館日】月の第3日曜日、祝日',
      'Mo-Su 09:00-17:00, holidays closed, NTH_WEEKDAY 3xSu',
    ],
    [
      '【開館時間】平日 9:00～17:00 土日祝 10:00～19:00',
      'Mo-Fr 09:00-17:00, Sa-Su 10:00-19:00, holidays 10:00-19:00',
    ],
  ])('%s -> %s', (text, expected) => {
    expect(summarise({ text, ...parseOpeningHours(text) })).toBe(expected);
  });

  it('keeps remarks it does not turn into hours as notes', () => {
    expect(
      parseOpeningHours(
        '【開館時間】平日：12:00～18:30　土曜日：7:30～17:30 長期休暇：7:30～18:30 【休館日】日曜日、祝祭日',
      ).parsed?.notes,
    ).toEqual(['長期休暇 07:30~18:30']);
    expect(
      parseOpeningHours('【開館時間】9:00～17:00 【休館日】火曜日(火曜日が祝日の場合は翌日)、年末年始').parsed
        ?.notes,
    ).toEqual(['火曜日(火曜日が祝日の場合は翌日)']);
  });

  it.each([
    ['【開館時間】不定期', /gives no times/],
    ['【開館時間】8:30～21:00 【休館日】３', /休館日 "3"/],
    ['【開館時間】9:00～17:00、14:00～17:00', /two ranges/],
    ['【開館時間】8:30～17:00（外来）12:00～20:00（見舞い）', /外来/],
    ['【開館時間】21:00～9:00', /not before/],
    ['【開館時間】平日 9:00～17:00', /no hours and no closure given for SATURDAY/],
    ['【休館日】月曜日', /no opening times/],
    ['【開館時間】25:00～26:00', /out of range/],
  ])('does not guess: %s is unparsed', (text, reason) => {
    const result = parseOpeningHours(text);
    expect(result.parsed).toBeNull();
    expect(result.unparsedReason).toMatch(reason);
  });

  it('reads the structured columns 利用可能曜日 / 開始時間 / 終了時間 when there is no free text', () => {
    const text = [
      V1_HEADER,
      v1Row({
        ...HALL,
        利用可能日時特記事項: '',
        利用可能曜日: '月火水木金',
        開始時間: '9:00',
        終了時間: '17:00',
      }),
    ].join('\n');
    const [record] = parseFacilityFile(Buffer.from(text, 'utf8')).facilities;
    expect(record?.openingHours?.text).toBe('月火水木金 9:00～17:00');
    expect(summarise(record?.openingHours ?? null)).toBe('Mo-Fr 09:00-17:00, Sa-Su closed, holidays closed');
  });
});

describe('classification rules', () => {
  it.each([
    ['避難地倉庫（大富小学校）', '地域防災課', 'OTHER', false, 'storage'],
    ['小川港艇庫（焼津中学校）', '学校教育課', 'OTHER', false, 'storage'],
    ['消防団第１分団車庫・詰所', '地域防災課', 'OTHER', false, 'storage'],
    ['焼津消防署東分署', '管財課', 'OTHER', false, 'fire-brigade'],
    ['ヘリコプター格納庫', '防災課', 'OTHER', false, 'storage'],
    ['焼津駅北口駐車場', '道路課', 'OTHER', false, 'parking'],
    ['○○公民館', '生涯学習課', 'CIVIC_HALL', true, 'civic-hall'],
    ['中原市民館', '市民文化局', 'CIVIC_HALL', true, 'civic-hall'],
    ['市民協働センター', '協働推進課', 'CIVIC_ACTIVITY_CENTER', true, 'civic-activity'],
    ['市民活動支援センター', '協働推進課', 'CIVIC_ACTIVITY_CENTER', true, 'civic-activity'],
    ['こども文化センター', '子ども未来局', 'CHILDREN_CULTURE_CENTER', true, 'children'],
    ['○○集会所', '総務課', 'MEETING_FACILITY', true, 'meeting'],
    ['一色水道用地', 'スポーツ課', 'SPORTS_FACILITY', true, 'sports-department'],
  ])('%s (%s) -> %s, bookable %s, rule %s', (name, body, kind, bookable, rule) => {
    expect(classifyFacility(name, body)).toMatchObject({ kind, bookable, rule });
  });

  it('records why an unmatched facility is OTHER', () => {
    expect(classifyFacility('陶芸センター', '地域包括ケア推進課')).toEqual({
      kind: 'OTHER',
      bookable: false,
      rule: null,
      reason: 'no rule matches 名称 "陶芸センター" or 団体名 "地域包括ケア推進課"',
    });
  });

  it('has unique rule ids', () => {
    const ids = CLASSIFICATION_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
