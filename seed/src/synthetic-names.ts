/**
 * Name parts for synthetic actors and groups: places and organisation kinds per country, with their
 * names in Khmer, Lao, Burmese and Thai script or in Vietnamese (with diacritics). All combinations
 * are invented; they name no real organisation.
 */
import type { CountryCode, GroupKind, Sector } from '@reform-atlas/vocabulary';

/** A place with its name in the local script (or in Vietnamese, with diacritics). */
export type Place = readonly [english: string, local: string];
/** A kind of community or civil-society organisation, in English and in the local language. */
export type LocalKind = readonly [english: string, local: string];

export interface CountryNaming {
  places: readonly Place[];
  /** Community and civil-society organisation kinds with a local-language name. */
  kinds: readonly LocalKind[];
  /** How the local name is composed: Khmer, Lao, Burmese and Thai put the place after the kind, without a space. */
  localName: (kind: string, place: string) => string;
  /** Vietnamese organisations carry the Vietnamese name as `name`, the English one in altNames. */
  localIsPrimary: boolean;
}

const joined = (kind: string, place: string): string => `${kind}${place}`;

export const NAMING: Record<Exclude<CountryCode, 'REGIONAL'>, CountryNaming> = {
  KH: {
    places: [
      ['Kampong Cham', 'កំពង់ចាម'],
      ['Kampong Speu', 'កំពង់ស្ពឺ'],
      ['Takeo', 'តាកែវ'],
      ['Kratie', 'ក្រចេះ'],
      ['Stung Treng', 'ស្ទឹងត្រែង'],
      ['Ratanakiri', 'រតនគិរី'],
      ['Mondulkiri', 'មណ្ឌលគិរី'],
      ['Battambang', 'បាត់ដំបង'],
      ['Pursat', 'ពោធិ៍សាត់'],
      ['Siem Reap', 'សៀមរាប'],
      ['Preah Vihear', 'ព្រះវិហារ'],
      ['Kampot', 'កំពត'],
    ],
    kinds: [
      ['Farmers Association', 'សមាគមកសិករ'],
      ['Community Forest Committee', 'គណៈកម្មាធិការសហគមន៍ព្រៃឈើ'],
      ['Fishing Community', 'សហគមន៍នេសាទ'],
      ['Land Rights Network', 'បណ្តាញសិទ្ធិដីធ្លី'],
      ["Women's Group", 'ក្រុមស្ត្រី'],
      ['Agricultural Cooperative', 'សហករណ៍កសិកម្ម'],
    ],
    localName: joined,
    localIsPrimary: false,
  },
  LA: {
    places: [
      ['Vientiane', 'ວຽງຈັນ'],
      ['Savannakhet', 'ສະຫວັນນະເຂດ'],
      ['Champasak', 'ຈຳປາສັກ'],
      ['Luang Prabang', 'ຫຼວງພະບາງ'],
      ['Attapeu', 'ອັດຕະປື'],
      ['Sekong', 'ເຊກອງ'],
      ['Salavan', 'ສາລະວັນ'],
      ['Oudomxay', 'ອຸດົມໄຊ'],
      ['Luang Namtha', 'ຫຼວງນ້ຳທາ'],
      ['Xieng Khouang', 'ຊຽງຂວາງ'],
      ['Khammouane', 'ຄຳມ່ວນ'],
      ['Bokeo', 'ບໍ່ແກ້ວ'],
    ],
    kinds: [
      ['Farmers Association', 'ສະມາຄົມຊາວກະສິກອນ'],
      ['Village Forestry Group', 'ກຸ່ມປ່າໄມ້ບ້ານ'],
      ['Fisheries Group', 'ກຸ່ມການປະມົງ'],
      ['Development Association', 'ສະມາຄົມພັດທະນາ'],
      ["Women's Group", 'ກຸ່ມແມ່ຍິງ'],
      ['Producer Group', 'ກຸ່ມຜູ້ຜະລິດ'],
    ],
    localName: joined,
    localIsPrimary: false,
  },
  MM: {
    places: [
      ['Bago', 'ပဲခူး'],
      ['Magway', 'မကွေး'],
      ['Sagaing', 'စစ်ကိုင်း'],
      ['Mandalay', 'မန္တလေး'],
      ['Ayeyarwady', 'ဧရာဝတီ'],
      ['Shan', 'ရှမ်း'],
      ['Kachin', 'ကချင်'],
      ['Kayin', 'ကရင်'],
      ['Mon', 'မွန်'],
      ['Tanintharyi', 'တနင်္သာရီ'],
      ['Chin', 'ချင်း'],
      ['Rakhine', 'ရခိုင်'],
    ],
    kinds: [
      ['Farmers Association', 'လယ်သမားအသင်း'],
      ['Community Forest Group', 'ရပ်ရွာသစ်တောအဖွဲ့'],
      ['Fishers Group', 'ငါးဖမ်းသမားအဖွဲ့'],
      ['Land Rights Network', 'မြေယာအခွင့်အရေးကွန်ရက်'],
      ["Women's Group", 'အမျိုးသမီးအဖွဲ့'],
      ['Development Association', 'ဖွံ့ဖြိုးရေးအသင်း'],
    ],
    // Burmese names put the place first: "Bago Farmers Association" is ပဲခူးလယ်သမားအသင်း.
    localName: (kind, place) => `${place}${kind}`,
    localIsPrimary: false,
  },
  VN: {
    places: [
      ['Lam Dong', 'Lâm Đồng'],
      ['Dak Lak', 'Đắk Lắk'],
      ['Dak Nong', 'Đắk Nông'],
      ['Gia Lai', 'Gia Lai'],
      ['Kon Tum', 'Kon Tum'],
      ['Son La', 'Sơn La'],
      ['Dien Bien', 'Điện Biên'],
      ['Lao Cai', 'Lào Cai'],
      ['Ha Giang', 'Hà Giang'],
      ['Ca Mau', 'Cà Mau'],
      ['An Giang', 'An Giang'],
      ['Dong Thap', 'Đồng Tháp'],
      ['Ben Tre', 'Bến Tre'],
      ['Quang Nam', 'Quảng Nam'],
      ['Nghe An', 'Nghệ An'],
    ],
    kinds: [
      ['Farmers Union', 'Hội Nông dân'],
      ['Agricultural Cooperative', 'Hợp tác xã Nông nghiệp'],
      ['Community Forest Team', 'Tổ Bảo vệ Rừng Cộng đồng'],
      ['Fishers Group', 'Nhóm Ngư dân'],
      ["Women's Union", 'Hội Phụ nữ'],
      ['Rural Development Centre', 'Trung tâm Phát triển Nông thôn'],
    ],
    localName: (kind, place) => `${kind} ${place}`,
    localIsPrimary: true,
  },
  TH: {
    places: [
      ['Chiang Mai', 'เชียงใหม่'],
      ['Chiang Rai', 'เชียงราย'],
      ['Nan', 'น่าน'],
      ['Khon Kaen', 'ขอนแก่น'],
      ['Ubon Ratchathani', 'อุบลราชธานี'],
      ['Surin', 'สุรินทร์'],
      ['Trang', 'ตรัง'],
      ['Satun', 'สตูล'],
      ['Phang Nga', 'พังงา'],
      ['Loei', 'เลย'],
      ['Mae Hong Son', 'แม่ฮ่องสอน'],
      ['Sakon Nakhon', 'สกลนคร'],
    ],
    kinds: [
      ['Farmers Group', 'กลุ่มเกษตรกร'],
      ['Community Forest Network', 'เครือข่ายป่าชุมชน'],
      ['Folk Fishers Association', 'สมาคมประมงพื้นบ้าน'],
      ['Land Rights Network', 'เครือข่ายสิทธิที่ดิน'],
      ["Women's Group", 'กลุ่มสตรี'],
      ['Development Foundation', 'มูลนิธิพัฒนา'],
    ],
    localName: joined,
    localIsPrimary: false,
  },
};

export const REGIONAL_PREFIXES = [
  'Mekong',
  'Lower Mekong',
  'Riverbasin',
  'Southeast Asian',
  'Upland Asia',
  'Delta and Highlands',
  'Five Rivers',
  'Monsoon Asia',
];

/** English-only organisation kinds for sectors whose names are not localised. */
export const SECTOR_KINDS: Record<Sector, readonly string[]> = {
  CIVIL_SOCIETY: [
    'Land Rights Network',
    'Legal Aid Centre',
    'Development Association',
    'Forest Network',
    'Policy Watch',
  ],
  COMMUNITY: [
    'Farmers Association',
    'Fishers Group',
    'Village Forest Committee',
    "Women's Group",
    'Producer Cooperative',
  ],
  GOVERNMENT: [
    'Provincial Land Office',
    'District Agriculture Office',
    'Land Allocation Unit',
    'Forest Administration Branch',
    'Investment Promotion Unit',
    'Land Dispute Committee',
  ],
  PRIVATE_SECTOR: ['Co.', 'Ltd', 'Plc', 'Holdings', 'Trading Co.', 'Plantations'],
  RESEARCH: [
    'Rural Studies Centre',
    'Land Policy Institute',
    'Agrarian Research Unit',
    'Faculty of Agriculture',
    'Forest Research Group',
  ],
  DONOR: ['Development Fund', 'Cooperation Office', 'Small Grants Programme', 'Foundation', 'Rural Partnership Fund'],
  MEDIA: ['Land Radio', 'Rural Herald', 'Farm Journal', 'News Network', 'Investigative Desk'],
  REGIONAL_BODY: [
    'Intergovernmental Working Group on Land',
    'Agriculture Ministers Secretariat',
    'Basin Coordination Council',
    'Land Information Exchange',
    'Investment Corridor Secretariat',
  ],
};
export const COMPANY_ADJECTIVES = [
  'Golden',
  'Green Valley',
  'Silver River',
  'Jade',
  'Lotus',
  'Highland',
  'Evergreen',
  'Sunrise',
  'Bamboo',
  'Monsoon',
  'Emerald',
  'Red Earth',
];
export const COMMODITIES = [
  'Rubber',
  'Cassava',
  'Sugar',
  'Coffee',
  'Rice',
  'Maize',
  'Palm Oil',
  'Tea',
  'Cashew',
  'Banana',
  'Pepper',
  'Teak',
];
export const DONOR_ORIGINS = [
  'Nordhaven',
  'Alpine',
  'Austral',
  'Westmark',
  'Borealia',
  'Caledon',
  'Tasmara',
  'Eastfjord',
];
export const GROUP_NOUNS: Record<GroupKind, readonly string[]> = {
  NETWORK: ['Network', 'Learning Network', 'Exchange', 'Learning Circle'],
  COALITION: ['Coalition', 'Alliance', 'Platform', 'Dialogue'],
};
