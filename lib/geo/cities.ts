// Chinese cities where factories and warehouses are, as each language writes them (ja with 市; the
// Chinese name without it). Keyed by the pinyin name the database stores. Pure data.
import type { Localized } from "../../i18n/locales";

const L = (
  en: string, zh: string, mn: string, ru: string, ja: string,
  ko: string, es: string, fr: string, ar: string, vi: string,
): Localized => ({ en, zh, mn, ru, ja, ko, es, fr, ar, vi });

export const cities: Record<string, Localized> = {
  Yiwu: L("Yiwu", "义乌", "Иу", "Иу", "義烏市", "이우", "Yiwu", "Yiwu", "ييوو", "Nghĩa Ô"),
  Ningbo: L("Ningbo", "宁波", "Нинбо", "Нинбо", "寧波市", "닝보", "Ningbo", "Ningbo", "نينغبو", "Ninh Ba"),
  Wenzhou: L("Wenzhou", "温州", "Вэньжоу", "Вэньчжоу", "温州市", "원저우", "Wenzhou", "Wenzhou", "ونتشو", "Ôn Châu"),
  Hangzhou: L("Hangzhou", "杭州", "Ханжоу", "Ханчжоу", "杭州市", "항저우", "Hangzhou", "Hangzhou", "هانغتشو", "Hàng Châu"),
  Shenzhen: L("Shenzhen", "深圳", "Шэньжэнь", "Шэньчжэнь", "深圳市", "선전", "Shenzhen", "Shenzhen", "شنتشن", "Thâm Quyến"),
  Guangzhou: L("Guangzhou", "广州", "Гуанжоу", "Гуанчжоу", "広州市", "광저우", "Guangzhou", "Guangzhou", "قوانغتشو", "Quảng Châu"),
  Dongguan: L("Dongguan", "东莞", "Дунгуань", "Дунгуань", "東莞市", "둥관", "Dongguan", "Dongguan", "دونغقوان", "Đông Hoản"),
  Shantou: L("Shantou", "汕头", "Шаньтоу", "Шаньтоу", "汕頭市", "산터우", "Shantou", "Shantou", "شانتو", "Sán Đầu"),
  Quanzhou: L("Quanzhou", "泉州", "Чуаньжоу", "Цюаньчжоу", "泉州市", "취안저우", "Quanzhou", "Quanzhou", "تشيوانتشو", "Tuyền Châu"),
  Xiamen: L("Xiamen", "厦门", "Шямэнь", "Сямынь", "厦門市", "샤먼", "Xiamen", "Xiamen", "شيامن", "Hạ Môn"),
  Suzhou: L("Suzhou", "苏州", "Сүжоу", "Сучжоу", "蘇州市", "쑤저우", "Suzhou", "Suzhou", "سوتشو", "Tô Châu"),
  Nantong: L("Nantong", "南通", "Нантун", "Наньтун", "南通市", "난퉁", "Nantong", "Nantong", "نانتونغ", "Nam Thông"),
  Qingdao: L("Qingdao", "青岛", "Чиндао", "Циндао", "青島市", "칭다오", "Qingdao", "Qingdao", "تشينغداو", "Thanh Đảo"),
  Baoding: L("Baoding", "保定", "Баодин", "Баодин", "保定市", "바오딩", "Baoding", "Baoding", "باودينغ", "Bảo Định"),
};
