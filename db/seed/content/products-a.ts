// Demo product types, part A: phone accessories, home & kitchen, apparel, shoes & bags, toys & games,
// beauty & care. Pure data (plus tiny builders); deterministic.
import type { ProductTypeSeed } from "../types";
import type { Locale, Localized, OptionSeed } from "../types";
import { color, size } from "./glossary";

const LOCALES: Locale[] = ["en", "zh", "mn", "ru", "ja", "ko", "es", "fr", "ar", "vi"];

/** A text in all ten locales, in the order en, zh, mn, ru, ja, ko, es, fr, ar, vi. */
const L = (
  en: string, zh: string, mn: string, ru: string, ja: string,
  ko: string, es: string, fr: string, ar: string, vi: string,
): Localized => ({ en, zh, mn, ru, ja, ko, es, fr, ar, vi });

/** The same label in every locale (numbers with international units: "350 ml", "65W"). */
const same = (s: string): Localized => L(s, s, s, s, s, s, s, s, s, s);

/** Title fragments per locale, built from translated fragments. */
const te = (...items: Localized[]): Record<Locale, string[]> =>
  Object.fromEntries(LOCALES.map((l) => [l, items.map((i) => i[l])])) as Record<Locale, string[]>;

const v = (key: string, label: Localized) => ({ key, label });
const colors = (...keys: Parameters<typeof color>[0][]): OptionSeed => ({ axis: "color", values: keys.map(color) });
const sizes = (...keys: Parameters<typeof size>[0][]): OptionSeed => ({ axis: "size", values: keys.map(size) });

// Shared title fragments.
const X = {
  wholesale: L("Wholesale", "批发", "Бөөний үнээр", "Оптом", "卸売", "도매", "Al por mayor", "En gros", "بالجملة", "Bán sỉ"),
  factory: L("Factory Direct", "厂家直销", "Үйлдвэрээс шууд", "От производителя", "工場直販", "공장 직판", "Directo de fábrica", "Direct usine", "مباشرة من المصنع", "Trực tiếp từ xưởng"),
  logo: L("Custom Logo", "可定制logo", "Лого захиалгаар", "Логотип на заказ", "ロゴ入れ対応", "로고 커스텀", "Logo personalizado", "Logo personnalisé", "شعار مخصص", "In logo theo yêu cầu"),
  new2026: L("2026 New", "2026新款", "2026 шинэ загвар", "Новинка 2026", "2026年新作", "2026 신상", "Novedad 2026", "Nouveauté 2026", "جديد 2026", "Mẫu mới 2026"),
  export: L("Export Quality", "跨境专供", "Экспортын чанартай", "Экспортное качество", "輸出品質", "수출 품질", "Calidad de exportación", "Qualité export", "جودة التصدير", "Chất lượng xuất khẩu"),
  hot: L("Hot Sale", "爆款", "Эрэлттэй", "Хит продаж", "人気商品", "인기 상품", "Más vendido", "Meilleure vente", "الأكثر مبيعاً", "Bán chạy"),
  oem: L("OEM/ODM", "支持OEM/ODM", "OEM/ODM захиалга", "OEM/ODM", "OEM/ODM対応", "OEM/ODM 가능", "OEM/ODM", "OEM/ODM", "تصنيع OEM/ODM", "Nhận OEM/ODM"),
  inStock: L("In Stock", "现货速发", "Бэлэн нөөцөд", "В наличии", "在庫即納", "재고 보유", "En stock", "En stock", "متوفر بالمخزون", "Có sẵn hàng"),
  lowMoq: L("Low MOQ", "小批量起订", "Бага тоогоор захиалга", "Малый мин. заказ", "小ロット対応", "소량 주문 가능", "Pedido mínimo bajo", "Petit minimum de commande", "حد أدنى منخفض للطلب", "Số lượng tối thiểu thấp"),
  eco: L("Eco-Friendly", "环保材质", "Байгальд ээлтэй", "Экологичный", "エコ素材", "친환경", "Ecológico", "Écologique", "صديق للبيئة", "Thân thiện môi trường"),
  gift: L("Gift Box", "礼盒装", "Бэлгийн хайрцагтай", "В подарочной коробке", "ギフトボックス入り", "선물 박스", "Caja de regalo", "Coffret cadeau", "علبة هدايا", "Hộp quà tặng"),
  bulk: L("Bulk Discount", "量大从优", "Их тоогоор хямдралтай", "Скидки на объём", "大口割引", "대량 할인", "Descuento por volumen", "Prix dégressifs", "خصم على الكميات", "Giá tốt khi mua nhiều"),
  unisex: L("Unisex", "男女同款", "Эрэгтэй эмэгтэй", "Унисекс", "ユニセックス", "남녀공용", "Unisex", "Unisexe", "للجنسين", "Unisex"),
  kids: L("For Kids", "儿童款", "Хүүхдэд зориулсан", "Для детей", "キッズ向け", "어린이용", "Para niños", "Pour enfants", "للأطفال", "Cho bé"),
};

export const productTypesA: ProductTypeSeed[] = [
  // ───────────────────────────── phone-accessories ─────────────────────────────
  {
    key: "shockproof-silicone-phone-case",
    category: "phone-cases",
    drawing: "phone-case",
    name: L("Shockproof silicone phone case", "防摔硅胶手机壳", "Цохилтоос хамгаалах силикон утасны гэр", "Противоударный силиконовый чехол для телефона", "耐衝撃シリコンスマホケース", "충격 방지 실리콘 휴대폰 케이스", "Funda de silicona antigolpes para móvil", "Coque de téléphone en silicone antichoc", "جراب هاتف سيليكون مقاوم للصدمات", "Ốp điện thoại silicone chống sốc"),
    titleExtras: te(X.wholesale, X.logo, X.hot, X.export),
    features: [
      L("Raised edges protect camera and screen", "加高边框保护镜头和屏幕", "Өндөрсгөсөн ирмэг камер, дэлгэцийг хамгаална", "Приподнятые края защищают камеру и экран", "縁高設計でカメラと画面を保護", "돌출 테두리로 카메라와 화면 보호", "Bordes elevados que protegen cámara y pantalla", "Rebords surélevés qui protègent caméra et écran", "حواف مرتفعة تحمي الكاميرا والشاشة", "Viền nâng cao bảo vệ camera và màn hình"),
      L("Soft-touch liquid silicone with microfiber lining", "亲肤液态硅胶，内衬超细纤维", "Зөөлөн шингэн силикон, микрофибр доторлогоотой", "Мягкий жидкий силикон с подкладкой из микрофибры", "なめらかなリキッドシリコン、内側はマイクロファイバー", "부드러운 리퀴드 실리콘, 극세사 안감", "Silicona líquida suave al tacto con forro de microfibra", "Silicone liquide toucher doux, doublure microfibre", "سيليكون سائل ناعم الملمس مع بطانة من الألياف الدقيقة", "Silicone lỏng mềm mịn, lót vải microfiber"),
      L("Molds for iPhone, Samsung and Xiaomi models", "适配iPhone、三星、小米多款机型", "iPhone, Samsung, Xiaomi загваруудад тохирно", "Модели для iPhone, Samsung и Xiaomi", "iPhone・Samsung・Xiaomi各機種に対応", "아이폰, 삼성, 샤오미 기종 호환", "Modelos para iPhone, Samsung y Xiaomi", "Modèles pour iPhone, Samsung et Xiaomi", "متوفر لطرازات iPhone وSamsung وXiaomi", "Có khuôn cho iPhone, Samsung, Xiaomi"),
    ],
    material: "silicone",
    unit: "piece",
    priceFen: [350, 900],
    weightG: 45,
    sizeMm: [175, 95, 15],
    moq: [50, 200],
    leadTimeDays: [3, 10],
    options: [colors("black", "pink", "navy", "green", "purple", "beige")],
    tags: ["bestseller", "customizable", "low-moq"],
    hsCode: "392690",
    designs: [
      { key: "candy", palette: { primary: "#F06292", secondary: "#FFB74D", accent: "#4DD0E1", background: "#FFF1F5" }, pattern: "plain" },
      { key: "midnight", palette: { primary: "#1E2A4A", secondary: "#3F51B5", accent: "#FFC857", background: "#EEF1FB" }, pattern: "waves" },
    ],
  },
  {
    key: "clear-magnetic-phone-case",
    category: "phone-cases",
    drawing: "phone-case",
    name: L("Clear magnetic phone case", "透明磁吸手机壳", "Тунгалаг соронзон утасны гэр", "Прозрачный магнитный чехол для телефона", "クリアマグネット対応スマホケース", "투명 자석 휴대폰 케이스", "Funda transparente magnética para móvil", "Coque transparente magnétique", "جراب هاتف شفاف مغناطيسي", "Ốp điện thoại trong suốt có nam châm"),
    titleExtras: te(X.wholesale, X.new2026, X.inStock, X.oem),
    features: [
      L("Built-in magnet ring for wireless chargers", "内置磁吸环，兼容无线充电", "Утасгүй цэнэглэгчид зориулсан соронзон цагирагтай", "Встроенное магнитное кольцо для беспроводной зарядки", "ワイヤレス充電対応のマグネットリング内蔵", "무선 충전 호환 자석 링 내장", "Anillo magnético integrado para carga inalámbrica", "Anneau magnétique intégré pour la recharge sans fil", "حلقة مغناطيسية مدمجة للشحن اللاسلكي", "Vòng nam châm tích hợp, sạc không dây"),
      L("Anti-yellowing crystal-clear TPU", "抗黄变高透TPU", "Шарлахгүй тунгалаг TPU", "Не желтеющий прозрачный TPU", "黄ばみにくい高透明TPU", "황변 방지 고투명 TPU", "TPU transparente que no amarillea", "TPU cristal anti-jaunissement", "مادة TPU شفافة مقاومة للاصفرار", "TPU trong suốt chống ố vàng"),
      L("Air-cushion corners absorb drops", "四角气囊防摔", "Булангийн агаарын дэр унахаас хамгаална", "Воздушные подушки в углах смягчают падения", "四隅エアクッションで落下に強い", "네 모서리 에어쿠션으로 낙하 충격 흡수", "Esquinas con cámara de aire contra caídas", "Coins à coussin d'air contre les chutes", "زوايا بوسائد هوائية تمتص الصدمات", "Góc đệm khí chống va đập"),
    ],
    material: "tpu",
    unit: "piece",
    priceFen: [600, 1400],
    weightG: 40,
    sizeMm: [175, 95, 15],
    moq: [50, 300],
    leadTimeDays: [3, 12],
    options: [colors("transparent", "black", "blue", "purple")],
    tags: ["new-arrival", "ships-48h", "oem"],
    hsCode: "392690",
    designs: [
      { key: "frost", palette: { primary: "#B0BEC5", secondary: "#ECEFF1", accent: "#7C4DFF", background: "#F3F6FA" }, pattern: "plain" },
    ],
  },
  {
    key: "gan-usb-c-charger-65w",
    category: "chargers-cables",
    drawing: "charger",
    name: L("65W GaN USB-C charger", "65W氮化镓USB-C充电器", "65W GaN USB-C цэнэглэгч", "Зарядное устройство GaN USB-C 65 Вт", "65W GaN USB-C充電器", "65W GaN USB-C 충전기", "Cargador GaN USB-C de 65 W", "Chargeur GaN USB-C 65 W", "شاحن GaN بمنفذ USB-C بقدرة 65 واط", "Củ sạc GaN USB-C 65W"),
    titleExtras: te(X.factory, X.oem, X.export, L("PD Fast Charging", "PD快充", "PD хурдан цэнэглэлт", "Быстрая зарядка PD", "PD急速充電", "PD 고속 충전", "Carga rápida PD", "Charge rapide PD", "شحن سريع PD", "Sạc nhanh PD")),
    features: [
      L("Charges a laptop and phone at the same time", "笔记本与手机同时快充", "Зөөврийн компьютер, утсыг зэрэг цэнэглэнэ", "Одновременно заряжает ноутбук и телефон", "ノートPCとスマホを同時に充電", "노트북과 휴대폰 동시 충전", "Carga portátil y móvil a la vez", "Recharge ordinateur portable et téléphone en même temps", "يشحن الحاسوب المحمول والهاتف في آن واحد", "Sạc đồng thời laptop và điện thoại"),
      L("GaN chip: 40% smaller, runs cool", "氮化镓芯片，体积小40%，低发热", "GaN чип: 40% жижиг, бага халдаг", "Чип GaN: на 40% компактнее, меньше греется", "GaNチップで40%小型、発熱を抑制", "GaN 칩으로 40% 소형화, 저발열", "Chip GaN: 40 % más pequeño y sin calentarse", "Puce GaN : 40 % plus compact, chauffe peu", "شريحة GaN: أصغر بنسبة 40% وأقل حرارة", "Chip GaN nhỏ hơn 40%, ít nóng"),
      L("CE, FCC and RoHS certified", "通过CE、FCC、RoHS认证", "CE, FCC, RoHS гэрчилгээтэй", "Сертификаты CE, FCC и RoHS", "CE・FCC・RoHS認証取得", "CE, FCC, RoHS 인증", "Certificado CE, FCC y RoHS", "Certifié CE, FCC et RoHS", "حاصل على شهادات CE وFCC وRoHS", "Đạt chứng nhận CE, FCC, RoHS"),
    ],
    material: "abs-plastic",
    unit: "piece",
    priceFen: [2800, 4500],
    weightG: 160,
    sizeMm: [95, 70, 45],
    moq: [20, 100],
    leadTimeDays: [7, 20],
    options: [
      colors("white", "black"),
      { axis: "style", values: [
        v("eu-plug", L("EU plug", "欧规插头", "Европ залгуур", "Вилка EU", "EUプラグ", "EU 플러그", "Enchufe UE", "Prise UE", "قابس أوروبي", "Phích cắm EU")),
        v("us-plug", L("US plug", "美规插头", "Америк залгуур", "Вилка US", "USプラグ", "US 플러그", "Enchufe EE. UU.", "Prise US", "قابس أمريكي", "Phích cắm US")),
        v("uk-plug", L("UK plug", "英规插头", "Британи залгуур", "Вилка UK", "UKプラグ", "UK 플러그", "Enchufe Reino Unido", "Prise UK", "قابس بريطاني", "Phích cắm UK")),
      ] },
    ],
    tags: ["bestseller", "oem"],
    hsCode: "850440",
    designs: [
      { key: "arctic", palette: { primary: "#FAFAFA", secondary: "#90A4AE", accent: "#00BFA5", background: "#E8F6F3" }, pattern: "plain" },
      { key: "graphite", palette: { primary: "#263238", secondary: "#546E7A", accent: "#FF6D00", background: "#FFF3E8" }, pattern: "grid" },
    ],
  },
  {
    key: "braided-usb-c-cable-1m",
    category: "chargers-cables",
    drawing: "cable",
    name: L("Braided USB-C cable", "编织USB-C数据线", "Сүлжмэл USB-C кабель", "Кабель USB-C в оплётке", "編み込みUSB-Cケーブル", "패브릭 USB-C 케이블", "Cable USB-C trenzado", "Câble USB-C tressé", "كابل USB-C مضفر", "Cáp USB-C bện dù"),
    titleExtras: te(X.wholesale, X.inStock, X.bulk, L("60W Fast Charge", "60W快充", "60W хурдан цэнэглэлт", "Быстрая зарядка 60 Вт", "60W急速充電", "60W 고속 충전", "Carga rápida 60 W", "Charge rapide 60 W", "شحن سريع 60 واط", "Sạc nhanh 60W")),
    features: [
      L("Nylon braid tested to 20,000 bends", "尼龙编织，通过2万次弯折测试", "Нейлон сүлжээ 20 000 удаа нугалахад тэсвэртэй", "Нейлоновая оплётка выдерживает 20 000 изгибов", "ナイロン編みで2万回の屈曲テストに合格", "나일론 브레이드, 2만 회 굴곡 테스트 통과", "Trenzado de nailon probado a 20 000 flexiones", "Tresse nylon testée à 20 000 pliages", "ضفيرة نايلون مختبرة لتحمل 20,000 انثناء", "Vỏ bện nylon chịu 20.000 lần uốn gập"),
      L("Fast charging and 480 Mbps data sync", "支持快充及480Mbps数据传输", "Хурдан цэнэглэлт, 480 Мбит/с өгөгдөл дамжуулалт", "Быстрая зарядка и передача данных 480 Мбит/с", "急速充電と480Mbpsのデータ転送に対応", "고속 충전 및 480Mbps 데이터 전송", "Carga rápida y transferencia de datos a 480 Mbps", "Charge rapide et transfert de données 480 Mbit/s", "شحن سريع ونقل بيانات بسرعة 480 ميغابت/ث", "Sạc nhanh, truyền dữ liệu 480 Mbps"),
    ],
    material: "nylon",
    unit: "piece",
    priceFen: [450, 1200],
    weightG: 40,
    sizeMm: [120, 80, 20],
    moq: [100, 500],
    leadTimeDays: [3, 10],
    options: [
      { axis: "length", values: [v("1m", same("1 m")), v("2m", same("2 m"))] },
      colors("black", "white", "grey"),
    ],
    tags: ["ships-48h", "bestseller", "customizable"],
    hsCode: "854442",
    designs: [
      { key: "stealth", palette: { primary: "#212121", secondary: "#616161", accent: "#E53935", background: "#FDECEC" }, pattern: "stripes" },
    ],
  },
  {
    key: "power-bank-10000mah",
    category: "chargers-cables",
    drawing: "power-bank",
    name: L("Slim power bank 10000 mAh", "10000毫安超薄充电宝", "Нимгэн зөөврийн цэнэглэгч 10000 mAh", "Тонкий пауэрбанк 10000 мАч", "薄型モバイルバッテリー 10000mAh", "슬림 보조배터리 10000mAh", "Batería externa delgada 10000 mAh", "Batterie externe fine 10000 mAh", "باور بانك نحيف 10000 مللي أمبير", "Sạc dự phòng mỏng 10000 mAh"),
    titleExtras: te(X.factory, X.logo, X.export, X.oem),
    features: [
      L("22.5W fast charging with LED display", "22.5W快充，LED电量显示", "22.5W хурдан цэнэглэлт, LED дэлгэцтэй", "Быстрая зарядка 22,5 Вт и LED-индикатор", "22.5W急速充電・LED残量表示", "22.5W 고속 충전, LED 잔량 표시", "Carga rápida de 22,5 W con pantalla LED", "Charge rapide 22,5 W avec écran LED", "شحن سريع 22.5 واط مع شاشة LED", "Sạc nhanh 22.5W, màn hình LED"),
      L("Grade-A lithium polymer cells, UN38.3 tested", "A品锂聚合物电芯，通过UN38.3测试", "A зэрэглэлийн литийн полимер элемент, UN38.3 тест давсан", "Литий-полимерные ячейки класса A, тест UN38.3", "Aグレードのリチウムポリマーセル、UN38.3試験済み", "A급 리튬 폴리머 셀, UN38.3 테스트 완료", "Celdas de polímero de litio grado A, prueba UN38.3", "Cellules lithium-polymère grade A, testées UN38.3", "خلايا ليثيوم بوليمر من الدرجة A مختبرة وفق UN38.3", "Cell lithium polymer loại A, đạt UN38.3"),
      L("Airline carry-on friendly", "可随身携带登机", "Онгоцонд авч явах боломжтой", "Можно брать в самолёт", "機内持ち込み可能", "기내 반입 가능", "Apta para llevar en cabina", "Autorisée en cabine", "مسموح به في حقيبة اليد على الطائرة", "Được mang lên máy bay"),
    ],
    material: "abs-plastic",
    unit: "piece",
    priceFen: [2600, 4200],
    weightG: 260,
    sizeMm: [160, 90, 30],
    moq: [20, 100],
    leadTimeDays: [7, 20],
    options: [colors("black", "white", "blue", "pink")],
    tags: ["customizable", "oem", "gift-box"],
    hsCode: "850760",
    designs: [
      { key: "pebble", palette: { primary: "#5C6BC0", secondary: "#9FA8DA", accent: "#FFD54F", background: "#F0F2FF" }, pattern: "plain" },
      { key: "sorbet", palette: { primary: "#FF8A80", secondary: "#FFCCBC", accent: "#26A69A", background: "#FFF5F2" }, pattern: "dots" },
    ],
  },
  {
    key: "tws-wireless-earbuds",
    category: "audio",
    drawing: "earbuds",
    name: L("Wireless earbuds", "真无线蓝牙耳机", "Утасгүй чихэвч", "Беспроводные наушники-вкладыши", "完全ワイヤレスイヤホン", "무선 이어버드", "Auriculares inalámbricos", "Écouteurs sans fil", "سماعات أذن لاسلكية", "Tai nghe không dây"),
    titleExtras: te(X.hot, X.new2026, X.logo, L("Bluetooth 5.3", "蓝牙5.3", "Bluetooth 5.3", "Bluetooth 5.3", "Bluetooth 5.3", "블루투스 5.3", "Bluetooth 5.3", "Bluetooth 5.3", "بلوتوث 5.3", "Bluetooth 5.3")),
    features: [
      L("Bluetooth 5.3 with low-latency game mode", "蓝牙5.3，低延迟游戏模式", "Bluetooth 5.3, бага хоцролттой тоглоомын горим", "Bluetooth 5.3 и игровой режим с низкой задержкой", "Bluetooth 5.3、低遅延ゲームモード", "블루투스 5.3, 저지연 게임 모드", "Bluetooth 5.3 con modo juego de baja latencia", "Bluetooth 5.3 et mode jeu faible latence", "بلوتوث 5.3 مع وضع ألعاب منخفض التأخير", "Bluetooth 5.3, chế độ game độ trễ thấp"),
      L("30 hours of playtime with the charging case", "配合充电仓续航30小时", "Цэнэглэх хайрцагтай нийт 30 цаг", "До 30 часов работы с зарядным кейсом", "充電ケース併用で最大30時間再生", "충전 케이스 포함 30시간 재생", "30 horas de reproducción con el estuche", "30 heures d'écoute avec le boîtier", "30 ساعة تشغيل مع علبة الشحن", "Nghe 30 giờ kèm hộp sạc"),
      L("IPX5 sweat resistant, touch controls", "IPX5防汗，触控操作", "IPX5 хөлсөнд тэсвэртэй, мэдрэгч удирдлагатай", "Защита от пота IPX5, сенсорное управление", "IPX5防汗・タッチ操作", "IPX5 방수, 터치 컨트롤", "Resistentes al sudor IPX5, control táctil", "Résistants à la transpiration IPX5, commandes tactiles", "مقاومة للعرق IPX5 مع تحكم باللمس", "Chống mồ hôi IPX5, điều khiển cảm ứng"),
    ],
    material: "abs-plastic",
    unit: "piece",
    priceFen: [3500, 8500],
    weightG: 180,
    sizeMm: [110, 95, 45],
    moq: [10, 50],
    leadTimeDays: [7, 25],
    options: [colors("white", "black", "pink", "green")],
    tags: ["bestseller", "oem", "gift-box"],
    hsCode: "851830",
    designs: [
      { key: "pearl", palette: { primary: "#F5F5F5", secondary: "#CFD8DC", accent: "#00B0FF", background: "#E9F6FF" }, pattern: "plain" },
      { key: "matcha", palette: { primary: "#8BC34A", secondary: "#DCEDC8", accent: "#5D4037", background: "#F4FAEC" }, pattern: "dots" },
    ],
  },
  {
    key: "anc-over-ear-headphones",
    category: "audio",
    drawing: "headphones",
    name: L("Noise-cancelling over-ear headphones", "主动降噪头戴式耳机", "Дуу чимээ дардаг чихэвч", "Полноразмерные наушники с шумоподавлением", "ノイズキャンセリング ヘッドホン", "노이즈 캔슬링 헤드폰", "Auriculares de diadema con cancelación de ruido", "Casque à réduction de bruit", "سماعات رأس بخاصية إلغاء الضوضاء", "Tai nghe chụp tai chống ồn"),
    titleExtras: te(X.factory, X.oem, X.export, X.gift),
    features: [
      L("Hybrid ANC reduces noise up to 35 dB", "混合主动降噪，最高降噪35dB", "Холимог ANC 35 дБ хүртэл дуу чимээг бууруулна", "Гибридное ANC подавляет шум до 35 дБ", "ハイブリッドANCで最大35dB低減", "하이브리드 ANC 최대 35dB 소음 감소", "ANC híbrida que reduce hasta 35 dB", "ANC hybride jusqu'à 35 dB de réduction", "إلغاء ضوضاء هجين يصل إلى 35 ديسيبل", "Chống ồn chủ động lai đến 35 dB"),
      L("Memory-foam ear cushions, foldable", "记忆棉耳罩，可折叠收纳", "Санах ойтой хөөсөн дэр, эвхэгддэг", "Амбушюры с эффектом памяти, складная конструкция", "低反発イヤーパッド、折りたたみ式", "메모리폼 이어쿠션, 접이식", "Almohadillas viscoelásticas, plegables", "Coussinets à mémoire de forme, pliable", "وسائد أذن من الإسفنج الذكي وقابلة للطي", "Đệm tai mút hoạt tính, gấp gọn được"),
      L("40 hours of battery life", "续航40小时", "40 цаг ажиллах батерей", "До 40 часов автономной работы", "最大40時間のバッテリー", "40시간 배터리 사용", "40 horas de batería", "40 heures d'autonomie", "بطارية تدوم 40 ساعة", "Pin dùng 40 giờ"),
    ],
    material: "abs-plastic",
    unit: "piece",
    priceFen: [4500, 9800],
    weightG: 420,
    sizeMm: [210, 190, 85],
    moq: [5, 30],
    leadTimeDays: [10, 25],
    options: [colors("black", "white", "navy")],
    tags: ["oem", "gift-box"],
    hsCode: "851830",
    designs: [
      { key: "studio", palette: { primary: "#37474F", secondary: "#B0BEC5", accent: "#FFAB00", background: "#FFF8E6" }, pattern: "plain" },
    ],
  },
  {
    key: "kids-headphones-85db",
    category: "audio",
    drawing: "headphones",
    name: L("Kids headphones with 85 dB limit", "儿童限音85分贝耳机", "85 дБ хязгаартай хүүхдийн чихэвч", "Детские наушники с ограничением 85 дБ", "音量制限85dBキッズヘッドホン", "85dB 음량 제한 어린이 헤드폰", "Auriculares infantiles con límite de 85 dB", "Casque enfant limité à 85 dB", "سماعات أطفال بحد صوت 85 ديسيبل", "Tai nghe trẻ em giới hạn 85 dB"),
    titleExtras: te(X.wholesale, X.kids, X.logo, X.lowMoq),
    features: [
      L("Volume capped at 85 dB to protect young ears", "音量限制85分贝，保护儿童听力", "Хүүхдийн сонсголыг хамгаалах 85 дБ хязгаар", "Громкость ограничена 85 дБ для защиты слуха", "音量を85dBに制限し子どもの耳を守る", "85dB 음량 제한으로 아이 청력 보호", "Volumen limitado a 85 dB para proteger sus oídos", "Volume limité à 85 dB pour protéger l'audition", "الصوت محدود بـ 85 ديسيبل لحماية آذان الأطفال", "Giới hạn 85 dB bảo vệ thính giác của bé"),
      L("Bendable headband, soft padded ear cups", "可弯折头梁，柔软耳罩", "Нугардаг толгойн тууз, зөөлөн дэртэй", "Гибкое оголовье и мягкие амбушюры", "曲げられるヘッドバンドとやわらかイヤーカップ", "휘어지는 헤드밴드, 푹신한 이어컵", "Diadema flexible y almohadillas suaves", "Arceau flexible, coussinets moelleux", "طوق رأس مرن ووسائد أذن ناعمة", "Quai đeo dẻo, đệm tai êm"),
    ],
    material: "abs-plastic",
    unit: "piece",
    priceFen: [2200, 3800],
    weightG: 300,
    sizeMm: [190, 170, 70],
    moq: [20, 100],
    leadTimeDays: [7, 20],
    options: [colors("pink", "blue", "purple", "yellow")],
    tags: ["low-moq", "gift-box"],
    hsCode: "851830",
    designs: [
      { key: "bubblegum", palette: { primary: "#EC407A", secondary: "#F8BBD0", accent: "#7E57C2", background: "#FDEFF6" }, pattern: "dots" },
      { key: "ocean", palette: { primary: "#29B6F6", secondary: "#B3E5FC", accent: "#FFCA28", background: "#EAF7FE" }, pattern: "waves" },
    ],
  },
// @@GROUP2@@
];
