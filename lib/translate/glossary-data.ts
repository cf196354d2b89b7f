// The reviewed glossary: runtime data of the offline translator, and what the demo catalogue is built from.
// Keys are fixed here; each entry carries its label in all ten locales.
import type { Localized } from "@/i18n/locales";

export const materialKeys = [
  "silicone", "tpu", "abs-plastic", "pp-plastic", "stainless-steel", "aluminium", "cast-iron", "ceramic",
  "glass", "bamboo", "wood", "cotton", "polyester", "nylon", "wool", "linen", "leather", "pu-leather",
  "canvas", "rubber", "eva-foam", "plush", "paper", "copper", "zinc-alloy", "carbon-steel", "led", "mixed",
] as const;
export type MaterialKey = (typeof materialKeys)[number];

export const colorKeys = [
  "black", "white", "red", "blue", "navy", "green", "pink", "yellow", "grey", "beige", "brown",
  "purple", "orange", "transparent", "silver", "gold",
] as const;
export type ColorKey = (typeof colorKeys)[number];

export const sizeKeys = [
  "xs", "s", "m", "l", "xl", "xxl", "small", "medium", "large", "one-size",
  "eu36", "eu37", "eu38", "eu39", "eu40", "eu41", "eu42", "eu43", "eu44", "eu45",
] as const;
export type SizeKey = (typeof sizeKeys)[number];

/** Chinese provinces used by the demo factories and warehouses (English names as keys). */
export const provinceKeys = [
  "Zhejiang", "Guangdong", "Fujian", "Jiangsu", "Shandong", "Hebei", "Shanghai", "Anhui", "Henan", "Hubei",
] as const;
export type ProvinceKey = (typeof provinceKeys)[number];

/** A text in all ten locales, in the order en, zh, mn, ru, ja, ko, es, fr, ar, vi. */
const L = (
  en: string, zh: string, mn: string, ru: string, ja: string,
  ko: string, es: string, fr: string, ar: string, vi: string,
): Localized => ({ en, zh, mn, ru, ja, ko, es, fr, ar, vi });

export const materials: Record<MaterialKey, Localized> = {
  silicone: L("Silicone", "硅胶", "Силикон", "Силикон", "シリコン", "실리콘", "Silicona", "Silicone", "سيليكون", "Silicone"),
  tpu: L("TPU", "TPU", "TPU", "TPU", "TPU", "TPU", "TPU", "TPU", "TPU", "TPU"),
  "abs-plastic": L("ABS plastic", "ABS塑料", "ABS хуванцар", "Пластик ABS", "ABS樹脂", "ABS 플라스틱", "Plástico ABS", "Plastique ABS", "بلاستيك ABS", "Nhựa ABS"),
  "pp-plastic": L("PP plastic", "PP塑料", "PP хуванцар", "Полипропилен (PP)", "PP樹脂", "PP 플라스틱", "Plástico PP", "Plastique PP", "بلاستيك PP", "Nhựa PP"),
  "stainless-steel": L("Stainless steel", "不锈钢", "Зэвэрдэггүй ган", "Нержавеющая сталь", "ステンレス鋼", "스테인리스강", "Acero inoxidable", "Acier inoxydable", "فولاذ مقاوم للصدأ", "Thép không gỉ"),
  aluminium: L("Aluminium", "铝合金", "Хөнгөн цагаан", "Алюминий", "アルミニウム", "알루미늄", "Aluminio", "Aluminium", "ألومنيوم", "Nhôm"),
  "cast-iron": L("Cast iron", "铸铁", "Ширэм", "Чугун", "鋳鉄", "주철", "Hierro fundido", "Fonte", "حديد زهر", "Gang"),
  ceramic: L("Ceramic", "陶瓷", "Керамик", "Керамика", "陶磁器", "세라믹", "Cerámica", "Céramique", "سيراميك", "Gốm sứ"),
  glass: L("Glass", "玻璃", "Шил", "Стекло", "ガラス", "유리", "Vidrio", "Verre", "زجاج", "Thủy tinh"),
  bamboo: L("Bamboo", "竹", "Хулс", "Бамбук", "竹", "대나무", "Bambú", "Bambou", "خيزران", "Tre"),
  wood: L("Wood", "木质", "Мод", "Дерево", "木材", "원목", "Madera", "Bois", "خشب", "Gỗ"),
  cotton: L("Cotton", "纯棉", "Хөвөн даавуу", "Хлопок", "綿", "면", "Algodón", "Coton", "قطن", "Vải bông"),
  polyester: L("Polyester", "涤纶", "Полиэстер", "Полиэстер", "ポリエステル", "폴리에스터", "Poliéster", "Polyester", "بوليستر", "Sợi polyester"),
  nylon: L("Nylon", "尼龙", "Нейлон", "Нейлон", "ナイロン", "나일론", "Nailon", "Nylon", "نايلون", "Sợi nylon"),
  wool: L("Wool", "羊毛", "Ноос", "Шерсть", "ウール", "울", "Lana", "Laine", "صوف", "Len"),
  linen: L("Linen", "亚麻", "Маалинган даавуу", "Лён", "リネン", "린넨", "Lino", "Lin", "كتان", "Vải lanh"),
  leather: L("Genuine leather", "真皮", "Жинхэнэ арьс", "Натуральная кожа", "本革", "천연 가죽", "Cuero genuino", "Cuir véritable", "جلد طبيعي", "Da thật"),
  "pu-leather": L("PU leather", "PU皮", "PU арьс", "Экокожа PU", "PUレザー", "PU 가죽", "Cuero PU", "Similicuir PU", "جلد PU صناعي", "Da PU"),
  canvas: L("Canvas", "帆布", "Брезент", "Канвас", "キャンバス", "캔버스", "Lona", "Toile", "قماش كانفاس", "Vải bố"),
  rubber: L("Rubber", "橡胶", "Резин", "Резина", "ゴム", "고무", "Caucho", "Caoutchouc", "مطاط", "Cao su"),
  "eva-foam": L("EVA foam", "EVA泡棉", "EVA хөөсөнцөр", "Вспененный EVA", "EVAフォーム", "EVA 폼", "Espuma EVA", "Mousse EVA", "إسفنج EVA", "Xốp EVA"),
  plush: L("Plush", "毛绒", "Зөөлөн үслэг даавуу", "Плюш", "ぬいぐるみ生地", "플러시 원단", "Felpa", "Peluche", "قطيفة", "Vải nhung lông"),
  paper: L("Paper", "纸", "Цаас", "Бумага", "紙", "종이", "Papel", "Papier", "ورق", "Giấy"),
  copper: L("Copper", "铜", "Зэс", "Медь", "銅", "구리", "Cobre", "Cuivre", "نحاس", "Đồng"),
  "zinc-alloy": L("Zinc alloy", "锌合金", "Цайрын хайлш", "Цинковый сплав", "亜鉛合金", "아연 합금", "Aleación de zinc", "Alliage de zinc", "سبيكة زنك", "Hợp kim kẽm"),
  "carbon-steel": L("Carbon steel", "碳钢", "Нүүрстөрөгчийн ган", "Углеродистая сталь", "炭素鋼", "탄소강", "Acero al carbono", "Acier au carbone", "فولاذ كربوني", "Thép carbon"),
  led: L("LED", "LED", "LED", "LED", "LED", "LED", "LED", "LED", "LED", "LED"),
  mixed: L("Mixed materials", "混合材质", "Холимог материал", "Комбинированные материалы", "複合素材", "혼합 소재", "Materiales mixtos", "Matériaux mixtes", "خامات مختلطة", "Chất liệu hỗn hợp"),
};

export const colors: Record<ColorKey, { hex: string; label: Localized }> = {
  black: { hex: "#1A1A1A", label: L("Black", "黑色", "Хар", "Чёрный", "ブラック", "블랙", "Negro", "Noir", "أسود", "Đen") },
  white: { hex: "#FFFFFF", label: L("White", "白色", "Цагаан", "Белый", "ホワイト", "화이트", "Blanco", "Blanc", "أبيض", "Trắng") },
  red: { hex: "#D32F2F", label: L("Red", "红色", "Улаан", "Красный", "レッド", "레드", "Rojo", "Rouge", "أحمر", "Đỏ") },
  blue: { hex: "#1E88E5", label: L("Blue", "蓝色", "Цэнхэр", "Синий", "ブルー", "블루", "Azul", "Bleu", "أزرق", "Xanh dương") },
  navy: { hex: "#1F2A44", label: L("Navy blue", "藏青色", "Хар хөх", "Тёмно-синий", "ネイビー", "네이비", "Azul marino", "Bleu marine", "كحلي", "Xanh than") },
  green: { hex: "#43A047", label: L("Green", "绿色", "Ногоон", "Зелёный", "グリーン", "그린", "Verde", "Vert", "أخضر", "Xanh lá") },
  pink: { hex: "#F48FB1", label: L("Pink", "粉色", "Ягаан", "Розовый", "ピンク", "핑크", "Rosa", "Rose", "وردي", "Hồng") },
  yellow: { hex: "#FDD835", label: L("Yellow", "黄色", "Шар", "Жёлтый", "イエロー", "옐로", "Amarillo", "Jaune", "أصفر", "Vàng") },
  grey: { hex: "#9E9E9E", label: L("Grey", "灰色", "Саарал", "Серый", "グレー", "그레이", "Gris", "Gris", "رمادي", "Xám") },
  beige: { hex: "#E8D9BF", label: L("Beige", "米色", "Цайвар шаргал", "Бежевый", "ベージュ", "베이지", "Beige", "Beige", "بيج", "Be") },
  brown: { hex: "#795548", label: L("Brown", "棕色", "Бор", "Коричневый", "ブラウン", "브라운", "Marrón", "Marron", "بني", "Nâu") },
  purple: { hex: "#8E24AA", label: L("Purple", "紫色", "Нил ягаан", "Фиолетовый", "パープル", "퍼플", "Morado", "Violet", "بنفسجي", "Tím") },
  orange: { hex: "#FB8C00", label: L("Orange", "橙色", "Улбар шар", "Оранжевый", "オレンジ", "오렌지", "Naranja", "Orange", "برتقالي", "Cam") },
  transparent: { hex: "#EEF4F7", label: L("Transparent", "透明", "Тунгалаг", "Прозрачный", "クリア", "투명", "Transparente", "Transparent", "شفاف", "Trong suốt") },
  silver: { hex: "#C0C0C0", label: L("Silver", "银色", "Мөнгөлөг", "Серебристый", "シルバー", "실버", "Plateado", "Argenté", "فضي", "Bạc") },
  gold: { hex: "#D4AF37", label: L("Gold", "金色", "Алтлаг", "Золотистый", "ゴールド", "골드", "Dorado", "Doré", "ذهبي", "Vàng kim") },
};

/** Letter sizes are international codes and read the same everywhere. */
const letterSize = (code: string): Localized => L(code, code, code, code, code, code, code, code, code, code);
/** EU shoe sizes, written the way each market writes them. */
const euSize = (n: number): Localized =>
  L(`EU ${n}`, `${n}码`, `EU ${n}`, `${n} (EU)`, `${n}（EU）`, `${n} (EU)`, `${n} EU`, `${n} EU`, `${n} (EU)`, `Cỡ ${n} (EU)`);

export const sizes: Record<SizeKey, Localized> = {
  xs: letterSize("XS"),
  s: letterSize("S"),
  m: letterSize("M"),
  l: letterSize("L"),
  xl: letterSize("XL"),
  xxl: letterSize("XXL"),
  small: L("Small", "小号", "Жижиг", "Маленький", "小", "소형", "Pequeño", "Petit", "صغير", "Nhỏ"),
  medium: L("Medium", "中号", "Дунд", "Средний", "中", "중형", "Mediano", "Moyen", "متوسط", "Vừa"),
  large: L("Large", "大号", "Том", "Большой", "大", "대형", "Grande", "Grand", "كبير", "Lớn"),
  "one-size": L("One size", "均码", "Нэг хэмжээ", "Единый размер", "フリーサイズ", "프리 사이즈", "Talla única", "Taille unique", "مقاس واحد", "Một cỡ"),
  eu36: euSize(36),
  eu37: euSize(37),
  eu38: euSize(38),
  eu39: euSize(39),
  eu40: euSize(40),
  eu41: euSize(41),
  eu42: euSize(42),
  eu43: euSize(43),
  eu44: euSize(44),
  eu45: euSize(45),
};

export const provinces: Record<ProvinceKey, Localized> = {
  Zhejiang: L("Zhejiang", "浙江", "Жэжян", "Чжэцзян", "浙江省", "저장성", "Zhejiang", "Zhejiang", "تشجيانغ", "Chiết Giang"),
  Guangdong: L("Guangdong", "广东", "Гуандун", "Гуандун", "広東省", "광둥성", "Guangdong", "Guangdong", "قوانغدونغ", "Quảng Đông"),
  Fujian: L("Fujian", "福建", "Фүжянь", "Фуцзянь", "福建省", "푸젠성", "Fujian", "Fujian", "فوجيان", "Phúc Kiến"),
  Jiangsu: L("Jiangsu", "江苏", "Жянсу", "Цзянсу", "江蘇省", "장쑤성", "Jiangsu", "Jiangsu", "جيانغسو", "Giang Tô"),
  Shandong: L("Shandong", "山东", "Шаньдун", "Шаньдун", "山東省", "산둥성", "Shandong", "Shandong", "شاندونغ", "Sơn Đông"),
  Hebei: L("Hebei", "河北", "Хэбэй", "Хэбэй", "河北省", "허베이성", "Hebei", "Hebei", "خبي", "Hà Bắc"),
  Shanghai: L("Shanghai", "上海", "Шанхай", "Шанхай", "上海市", "상하이", "Shanghái", "Shanghai", "شنغهاي", "Thượng Hải"),
  Anhui: L("Anhui", "安徽", "Аньхуй", "Аньхой", "安徽省", "안후이성", "Anhui", "Anhui", "آنهوي", "An Huy"),
  Henan: L("Henan", "河南", "Хэнань", "Хэнань", "河南省", "허난성", "Henan", "Henan", "خنان", "Hà Nam"),
  Hubei: L("Hubei", "湖北", "Хубэй", "Хубэй", "湖北省", "후베이성", "Hubei", "Hubei", "هوبي", "Hồ Bắc"),
};

/** Extra listing attributes (besides material and origin): the attribute's name and its possible values. */
export const attributeValues: Record<
  "customization" | "packaging" | "certification" | "samples",
  { name: Localized; values: Record<string, Localized> }
> = {
  customization: {
    name: L("Customisation", "定制服务", "Захиалгат үйлчилгээ", "Индивидуальный заказ", "カスタマイズ", "맞춤 제작", "Personalización", "Personnalisation", "التخصيص", "Tùy chỉnh"),
    values: {
      logo: L("Custom logo", "定制LOGO", "Лого захиалгаар", "Нанесение логотипа", "ロゴ入れ", "로고 인쇄", "Logotipo personalizado", "Logo personnalisé", "شعار مخصص", "In logo riêng"),
      "oem-odm": L("OEM / ODM", "OEM/ODM加工", "OEM / ODM үйлдвэрлэл", "Производство OEM / ODM", "OEM・ODM対応", "OEM/ODM 생산", "Fabricación OEM / ODM", "Fabrication OEM / ODM", "تصنيع OEM / ODM", "Gia công OEM/ODM"),
      packaging: L("Custom packaging", "定制包装", "Савлагаа захиалгаар", "Индивидуальная упаковка", "パッケージ別注", "포장 맞춤 제작", "Embalaje personalizado", "Emballage personnalisé", "تغليف مخصص", "Bao bì theo yêu cầu"),
      none: L("Not available", "不支持定制", "Боломжгүй", "Не предусмотрен", "対応不可", "불가", "No disponible", "Non disponible", "غير متاح", "Không hỗ trợ"),
    },
  },
  packaging: {
    name: L("Packaging", "包装方式", "Савлагаа", "Упаковка", "梱包形態", "포장 방식", "Embalaje", "Emballage", "التغليف", "Đóng gói"),
    values: {
      "opp-bag": L("OPP bag", "OPP袋", "OPP уут", "Пакет OPP", "OPP袋", "OPP 봉투", "Bolsa OPP", "Sachet OPP", "كيس OPP", "Túi OPP"),
      "color-box": L("Colour box", "彩盒", "Өнгөт хайрцаг", "Цветная коробка", "カラーボックス", "컬러 박스", "Caja a color", "Boîte couleur", "علبة ملوّنة", "Hộp màu"),
      "gift-box": L("Gift box", "礼盒", "Бэлгийн хайрцаг", "Подарочная коробка", "ギフトボックス", "선물 상자", "Caja de regalo", "Coffret cadeau", "علبة هدايا", "Hộp quà"),
      blister: L("Blister card", "吸塑卡", "Блистер карт", "Блистер", "ブリスターパック", "블리스터 포장", "Blíster", "Blister", "تغليف بليستر", "Vỉ nhựa"),
      "bulk-carton": L("Bulk carton", "散装纸箱", "Бөөн хайрцаг", "Оптовая коробка", "バラ詰め段ボール", "벌크 박스", "Caja a granel", "Carton en vrac", "كرتونة سائبة", "Thùng carton hàng rời"),
    },
  },
  certification: {
    name: L("Certification", "产品认证", "Гэрчилгээ", "Сертификация", "認証", "인증", "Certificación", "Certification", "الشهادات", "Chứng nhận"),
    values: {
      ce: L("CE", "CE", "CE", "CE", "CE", "CE", "CE", "CE", "CE", "CE"),
      rohs: L("RoHS", "RoHS", "RoHS", "RoHS", "RoHS", "RoHS", "RoHS", "RoHS", "RoHS", "RoHS"),
      fcc: L("FCC", "FCC", "FCC", "FCC", "FCC", "FCC", "FCC", "FCC", "FCC", "FCC"),
      fda: L("FDA food contact", "FDA食品级", "FDA хүнсний стандарт", "FDA (контакт с пищей)", "FDA食品衛生適合", "FDA 식품 등급", "FDA apto para alimentos", "FDA contact alimentaire", "FDA للملامسة الغذائية", "FDA an toàn thực phẩm"),
      lfgb: L("LFGB", "LFGB", "LFGB", "LFGB", "LFGB", "LFGB", "LFGB", "LFGB", "LFGB", "LFGB"),
      en71: L("EN71 toy safety", "EN71玩具安全认证", "EN71 тоглоомын аюулгүй байдал", "EN71 (безопасность игрушек)", "EN71玩具安全規格", "EN71 완구 안전 인증", "EN71 seguridad de juguetes", "EN71 sécurité des jouets", "EN71 لسلامة الألعاب", "EN71 an toàn đồ chơi"),
      reach: L("REACH", "REACH", "REACH", "REACH", "REACH", "REACH", "REACH", "REACH", "REACH", "REACH"),
      none: L("None", "无", "Байхгүй", "Нет", "なし", "없음", "Ninguna", "Aucune", "لا يوجد", "Không có"),
    },
  },
  samples: {
    name: L("Samples", "样品", "Дээж", "Образцы", "サンプル", "샘플", "Muestras", "Échantillons", "العينات", "Hàng mẫu"),
    values: {
      free: L("Free samples", "免费拿样", "Үнэгүй дээж", "Бесплатные образцы", "無料サンプル", "무료 샘플", "Muestras gratuitas", "Échantillons gratuits", "عينات مجانية", "Mẫu miễn phí"),
      paid: L("Paid samples", "付费拿样", "Төлбөртэй дээж", "Платные образцы", "有料サンプル", "유료 샘플", "Muestras de pago", "Échantillons payants", "عينات مدفوعة", "Mẫu có phí"),
      none: L("No samples", "不提供样品", "Дээж байхгүй", "Образцы не предоставляются", "サンプルなし", "샘플 없음", "Sin muestras", "Pas d'échantillons", "لا تتوفر عينات", "Không cung cấp mẫu"),
    },
  },
};

/** Option value helpers for product types. */
export const color = (key: ColorKey) => ({ key, label: colors[key].label, hex: colors[key].hex });
export const size = (key: SizeKey) => ({ key, label: sizes[key] });
