import type { ActivityField } from '@kyodo/domain';
import type { Random } from './random.js';

/** What an organization working in each activity field typically applies for (the stem of an application title). */
export const FIELD_ACTIVITIES: Record<ActivityField, readonly string[]> = {
  HEALTH_WELFARE: ['高齢者サロン', '見守り訪問', '介護予防体操教室'],
  SOCIAL_EDUCATION: ['生涯学習講座', '地域の歴史講座', '親子読書会'],
  COMMUNITY_DEVELOPMENT: ['地区の夏祭り', '花壇づくりと地区清掃', '防犯灯の維持管理'],
  TOURISM: ['港町散策ガイド', '地場産品の観光マップづくり', '観光ボランティア研修'],
  RURAL_DEVELOPMENT: ['茶畑の景観保全', '農業体験の受け入れ', '耕作放棄地の再生'],
  CULTURE_ARTS_SPORTS: ['地域の音楽会', '子ども伝統芸能教室', '市民スポーツ大会'],
  ENVIRONMENT: ['海岸清掃と環境学習', '川の生き物調査', '食品ロス削減の啓発'],
  DISASTER_RELIEF: ['津波避難訓練', '自主防災会の資機材整備', '防災リーダー養成'],
  COMMUNITY_SAFETY: ['通学路の見守り', '夜間防犯パトロール', '交通安全教室'],
  HUMAN_RIGHTS_PEACE: ['人権啓発講演会', '平和学習の集い', '多様性を学ぶ対話会'],
  INTERNATIONAL_COOPERATION: ['外国人住民の日本語教室', '多文化交流会', '国際交流ボランティア研修'],
  GENDER_EQUALITY: ['男女共同参画セミナー', '父親の育児講座', '女性の起業相談会'],
  CHILDREN: ['子ども食堂', '放課後の学習支援', '子育てサロン'],
  INFORMATION_SOCIETY: ['高齢者のスマホ教室', '地域情報サイトの運営', 'ネット安全講座'],
  SCIENCE_TECHNOLOGY: ['子ども科学教室', 'プログラミング体験会', '星空観察会'],
  ECONOMIC_ACTIVITY: ['商店街の朝市', '空き店舗の活用', '地元産品の販路づくり'],
  EMPLOYMENT: ['若者の就労相談', 'シニアの仕事づくり', '障がい者の就労体験'],
  CONSUMER_PROTECTION: ['消費者トラブル防止講座', '悪質商法の出前講座', '家計相談会'],
  NPO_SUPPORT: ['市民活動団体の運営相談', 'ボランティアのマッチング', '団体向け会計講座'],
  ORDINANCE_DESIGNATED: ['地域資源の記録づくり', '市民提案の協働事業', '地区の課題調査'],
};

/** How a title reads for each kind of program: a grant funds the activity, a subsidy its exchange, and so on. */
const TITLE_FORMS: Record<string, readonly string[]> = {
  GRANT: ['の実施', 'の充実', 'の継続と拡充'],
  SUBSIDY: ['を通じた団体交流会', 'の合同開催', 'の交流フェア'],
  AID: ['の立ち上げ', 'の担い手育成', 'の実践'],
  COMMISSION: ['の受託運営', 'の企画と実施', 'の協働実施'],
};

/**
 * An application title that fits the applicant: an activity of one of its own fields, in the program's form
 * ("子ども食堂の実施", "津波避難訓練の合同開催"). Falls back to the program's own titles when the applicant has no field.
 */
export function applicationTitle(
  kind: string,
  activityFields: readonly string[] | undefined,
  fallback: readonly string[],
  random: Random,
): string {
  const stems = (activityFields ?? []).flatMap((field) => FIELD_ACTIVITIES[field as ActivityField] ?? []);
  if (stems.length === 0) return random.pick(fallback);
  return `${random.pick(stems)}${random.pick(TITLE_FORMS[kind] ?? ['の実施'])}`;
}
