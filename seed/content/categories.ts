// The demo category tree: 12 top-level categories with 3 leaves each, every name in all ten locales.
import type { CategorySeed, Localized } from "../types";

/** A text in all ten locales, in the order en, zh, mn, ru, ja, ko, es, fr, ar, vi. */
const L = (
  en: string, zh: string, mn: string, ru: string, ja: string,
  ko: string, es: string, fr: string, ar: string, vi: string,
): Localized => ({ en, zh, mn, ru, ja, ko, es, fr, ar, vi });

const leaf = (slug: string, icon: string, name: Localized): CategorySeed => ({ slug, icon, name });

export const categories: CategorySeed[] = [
  {
    slug: "phone-accessories",
    icon: "📱",
    name: L("Phone Accessories", "手机配件", "Утасны дагалдах хэрэгсэл", "Аксессуары для телефонов", "スマホアクセサリー", "휴대폰 액세서리", "Accesorios para móviles", "Accessoires pour téléphones", "إكسسوارات الهواتف", "Phụ kiện điện thoại"),
    children: [
      leaf("phone-cases", "📱", L("Phone Cases", "手机壳", "Утасны гэр", "Чехлы для телефонов", "スマホケース", "휴대폰 케이스", "Fundas para móviles", "Coques de téléphone", "جرابات الهواتف", "Ốp lưng điện thoại")),
      leaf("chargers-cables", "🔌", L("Chargers & Cables", "充电器与数据线", "Цэнэглэгч, кабель", "Зарядные устройства и кабели", "充電器・ケーブル", "충전기·케이블", "Cargadores y cables", "Chargeurs et câbles", "الشواحن والكابلات", "Sạc và cáp")),
      leaf("audio", "🎧", L("Earphones & Audio", "耳机音响", "Чихэвч, аудио", "Наушники и аудио", "イヤホン・オーディオ", "이어폰·오디오", "Auriculares y audio", "Écouteurs et audio", "السماعات والصوتيات", "Tai nghe và loa")),
    ],
  },
  {
    slug: "home-kitchen",
    icon: "🍳",
    name: L("Home & Kitchen", "家居厨房", "Гэр ахуй, гал тогоо", "Дом и кухня", "ホーム・キッチン", "홈·주방", "Hogar y cocina", "Maison et cuisine", "المنزل والمطبخ", "Nhà cửa và nhà bếp"),
    children: [
      leaf("cookware", "🍲", L("Cookware", "锅具", "Тогоо, хайруулын таваг", "Посуда для готовки", "調理器具", "조리도구", "Ollas y sartenes", "Casseroles et poêles", "أواني الطهي", "Nồi chảo")),
      leaf("tableware", "🍽️", L("Tableware", "餐具", "Хоолны сав суулга", "Столовая посуда", "食器", "식기", "Vajilla", "Vaisselle", "أدوات المائدة", "Bộ đồ ăn")),
      leaf("kitchen-storage", "🫙", L("Kitchen Storage", "厨房收纳", "Гал тогооны хадгалах сав", "Хранение на кухне", "キッチン収納", "주방 수납", "Almacenaje de cocina", "Rangement de cuisine", "تخزين المطبخ", "Hộp đựng và kệ nhà bếp")),
    ],
  },
  {
    slug: "apparel",
    icon: "👕",
    name: L("Apparel", "服装", "Хувцас", "Одежда", "アパレル", "의류", "Ropa", "Vêtements", "الملابس", "Quần áo"),
    children: [
      leaf("tops-tees", "👕", L("Tops & T-shirts", "T恤上衣", "Футболк, цамц", "Футболки и топы", "Tシャツ・トップス", "티셔츠·상의", "Camisetas y tops", "T-shirts et hauts", "التيشيرتات والبلوزات", "Áo thun và áo kiểu")),
      leaf("outerwear", "🧥", L("Outerwear", "外套夹克", "Гадуур хувцас", "Верхняя одежда", "アウター", "아우터", "Abrigos y chaquetas", "Manteaux et vestes", "المعاطف والجاكيتات", "Áo khoác")),
      leaf("socks-hats", "🧦", L("Socks & Hats", "袜子帽子", "Оймс, малгай", "Носки и головные уборы", "靴下・帽子", "양말·모자", "Calcetines y gorros", "Chaussettes et chapeaux", "الجوارب والقبعات", "Tất và mũ")),
    ],
  },
  {
    slug: "shoes-bags",
    icon: "👜",
    name: L("Shoes & Bags", "鞋包", "Гутал, цүнх", "Обувь и сумки", "靴・バッグ", "신발·가방", "Calzado y bolsos", "Chaussures et sacs", "الأحذية والحقائب", "Giày dép và túi xách"),
    children: [
      leaf("sneakers", "👟", L("Sneakers", "运动鞋", "Пүүз", "Кроссовки", "スニーカー", "스니커즈", "Zapatillas", "Baskets", "الأحذية الرياضية", "Giày thể thao")),
      leaf("handbags", "👜", L("Handbags", "女士手提包", "Гар цүнх", "Сумки", "ハンドバッグ", "핸드백", "Bolsos de mano", "Sacs à main", "حقائب اليد", "Túi xách tay")),
      leaf("backpacks", "🎒", L("Backpacks", "双肩包", "Үүргэвч", "Рюкзаки", "リュック・バックパック", "백팩", "Mochilas", "Sacs à dos", "حقائب الظهر", "Ba lô")),
    ],
  },
  {
    slug: "toys-games",
    icon: "🧸",
    name: L("Toys & Games", "玩具", "Тоглоом", "Игрушки и игры", "おもちゃ・ゲーム", "완구·게임", "Juguetes y juegos", "Jouets et jeux", "الألعاب", "Đồ chơi"),
    children: [
      leaf("plush-toys", "🧸", L("Plush Toys", "毛绒玩具", "Зөөлөн тоглоом", "Мягкие игрушки", "ぬいぐるみ", "봉제 인형", "Peluches", "Peluches", "الدمى المحشوة", "Thú nhồi bông")),
      leaf("educational-toys", "🧩", L("Educational Toys", "益智玩具", "Хөгжүүлэх тоглоом", "Развивающие игрушки", "知育玩具", "교육 완구", "Juguetes educativos", "Jouets éducatifs", "الألعاب التعليمية", "Đồ chơi giáo dục")),
      leaf("outdoor-toys", "🪁", L("Outdoor Toys", "户外玩具", "Гадаа тоглох тоглоом", "Игрушки для улицы", "外遊びおもちゃ", "야외 완구", "Juguetes de exterior", "Jouets d'extérieur", "ألعاب الهواء الطلق", "Đồ chơi ngoài trời")),
    ],
  },
  {
    slug: "beauty-care",
    icon: "💄",
    name: L("Beauty & Personal Care", "美妆个护", "Гоо сайхан, арчилгаа", "Красота и уход", "美容・パーソナルケア", "뷰티·퍼스널 케어", "Belleza y cuidado personal", "Beauté et soins", "التجميل والعناية الشخصية", "Làm đẹp và chăm sóc cá nhân"),
    children: [
      leaf("makeup-tools", "💄", L("Makeup Tools", "美妆工具", "Нүүр будалтын хэрэгсэл", "Инструменты для макияжа", "メイク道具", "메이크업 도구", "Accesorios de maquillaje", "Accessoires de maquillage", "أدوات المكياج", "Dụng cụ trang điểm")),
      leaf("hair-care", "💇", L("Hair Care", "美发护发", "Үс арчилгаа", "Уход за волосами", "ヘアケア", "헤어 케어", "Cuidado del cabello", "Soins capillaires", "العناية بالشعر", "Chăm sóc tóc")),
      leaf("nail-care", "💅", L("Nail Care", "美甲用品", "Хумс арчилгаа", "Уход за ногтями", "ネイルケア", "네일 케어", "Cuidado de uñas", "Soins des ongles", "العناية بالأظافر", "Làm móng")),
    ],
  },
  {
    slug: "sports-outdoors",
    icon: "⚽",
    name: L("Sports & Outdoors", "运动户外", "Спорт, аялал", "Спорт и отдых", "スポーツ・アウトドア", "스포츠·아웃도어", "Deportes y aire libre", "Sports et plein air", "الرياضة والهواء الطلق", "Thể thao và dã ngoại"),
    children: [
      leaf("fitness", "🏋️", L("Fitness Equipment", "健身器材", "Фитнесийн хэрэгсэл", "Товары для фитнеса", "フィットネス用品", "피트니스 용품", "Material de fitness", "Équipement de fitness", "معدات اللياقة البدنية", "Dụng cụ tập thể hình")),
      leaf("camping", "⛺", L("Camping & Hiking", "露营徒步", "Кемп, явган аялал", "Кемпинг и туризм", "キャンプ・ハイキング", "캠핑·하이킹", "Camping y senderismo", "Camping et randonnée", "التخييم والرحلات", "Cắm trại và leo núi")),
      leaf("cycling", "🚲", L("Cycling", "骑行装备", "Дугуйн хэрэгсэл", "Велоспорт", "サイクリング用品", "자전거 용품", "Ciclismo", "Cyclisme", "مستلزمات الدراجات", "Phụ kiện xe đạp")),
    ],
  },
  {
    slug: "lighting-electrical",
    icon: "💡",
    name: L("Lighting & Electrical", "照明电工", "Гэрэлтүүлэг, цахилгаан", "Освещение и электротовары", "照明・電気用品", "조명·전기", "Iluminación y electricidad", "Éclairage et électricité", "الإضاءة والكهرباء", "Đèn chiếu sáng và thiết bị điện"),
    children: [
      leaf("led-bulbs", "💡", L("LED Bulbs", "LED灯泡", "LED чийдэн", "Светодиодные лампы", "LED電球", "LED 전구", "Bombillas LED", "Ampoules LED", "لمبات LED", "Bóng đèn LED")),
      leaf("lamps", "🪔", L("Lamps", "台灯落地灯", "Гэрэл, дэнлүү", "Светильники", "ランプ・スタンドライト", "스탠드·조명기구", "Lámparas", "Lampes", "المصابيح والأباجورات", "Đèn bàn và đèn cây")),
      leaf("smart-home", "🏠", L("Smart Home", "智能家居", "Ухаалаг гэр", "Умный дом", "スマートホーム", "스마트홈", "Hogar inteligente", "Maison connectée", "المنزل الذكي", "Nhà thông minh")),
    ],
  },
  {
    slug: "office-stationery",
    icon: "✏️",
    name: L("Office & Stationery", "办公文具", "Оффис, бичиг хэрэг", "Канцелярия и офис", "文房具・オフィス用品", "사무·문구", "Oficina y papelería", "Bureau et papeterie", "المكتب والقرطاسية", "Văn phòng phẩm"),
    children: [
      leaf("pens-writing", "🖊️", L("Pens & Writing", "书写工具", "Үзэг, бичгийн хэрэгсэл", "Ручки и письменные принадлежности", "ペン・筆記具", "펜·필기구", "Bolígrafos y escritura", "Stylos et écriture", "الأقلام وأدوات الكتابة", "Bút và dụng cụ viết")),
      leaf("notebooks-paper", "📓", L("Notebooks & Paper", "本册纸品", "Дэвтэр, цаас", "Блокноты и бумага", "ノート・紙製品", "노트·지류", "Cuadernos y papel", "Cahiers et papier", "الدفاتر والورق", "Sổ tay và giấy")),
      leaf("desk-organizers", "🗂️", L("Desk Organizers", "桌面收纳", "Ширээний эмх цэгцлэгч", "Органайзеры для стола", "デスク収納", "데스크 정리함", "Organizadores de escritorio", "Organisateurs de bureau", "منظمات المكتب", "Dụng cụ sắp xếp bàn làm việc")),
    ],
  },
  {
    slug: "jewelry-watches",
    icon: "⌚",
    name: L("Jewelry & Watches", "饰品手表", "Гоёл чимэглэл, цаг", "Украшения и часы", "アクセサリー・腕時計", "주얼리·시계", "Joyería y relojes", "Bijoux et montres", "المجوهرات والساعات", "Trang sức và đồng hồ"),
    children: [
      leaf("watches", "⌚", L("Watches", "手表", "Бугуйн цаг", "Наручные часы", "腕時計", "손목시계", "Relojes", "Montres", "ساعات اليد", "Đồng hồ đeo tay")),
      leaf("necklaces-bracelets", "📿", L("Necklaces & Bracelets", "项链手链", "Зүүлт, бугуйвч", "Колье и браслеты", "ネックレス・ブレスレット", "목걸이·팔찌", "Collares y pulseras", "Colliers et bracelets", "القلائد والأساور", "Dây chuyền và vòng tay")),
      leaf("fashion-accessories", "🕶️", L("Fashion Accessories", "时尚配饰", "Загварлаг дагалдах хэрэгсэл", "Модные аксессуары", "ファッション小物", "패션 잡화", "Accesorios de moda", "Accessoires de mode", "إكسسوارات الموضة", "Phụ kiện thời trang")),
    ],
  },
  {
    slug: "home-textiles",
    icon: "🛏️",
    name: L("Home Textiles", "家纺", "Гэрийн нэхмэл эдлэл", "Домашний текстиль", "ホームテキスタイル", "홈 텍스타일", "Textiles para el hogar", "Linge de maison", "المنسوجات المنزلية", "Hàng dệt gia dụng"),
    children: [
      leaf("bedding", "🛏️", L("Bedding", "床上用品", "Орны цагаан хэрэглэл", "Постельное бельё", "寝具", "침구", "Ropa de cama", "Literie", "مفروشات السرير", "Chăn ga gối")),
      leaf("towels", "🛁", L("Towels", "毛巾浴巾", "Алчуур", "Полотенца", "タオル", "타월", "Toallas", "Serviettes", "المناشف", "Khăn tắm và khăn mặt")),
      leaf("rugs-curtains", "🪟", L("Rugs & Curtains", "地毯窗帘", "Хивс, хөшиг", "Ковры и шторы", "ラグ・カーテン", "러그·커튼", "Alfombras y cortinas", "Tapis et rideaux", "السجاد والستائر", "Thảm và rèm cửa")),
    ],
  },
  {
    slug: "tools-hardware",
    icon: "🔧",
    name: L("Tools & Hardware", "五金工具", "Багаж, төмөр эдлэл", "Инструменты и метизы", "工具・金物", "공구·철물", "Herramientas y ferretería", "Outillage et quincaillerie", "العدد والأدوات المعدنية", "Dụng cụ và ngũ kim"),
    children: [
      leaf("hand-tools", "🔨", L("Hand Tools", "手动工具", "Гар багаж", "Ручной инструмент", "ハンドツール", "수공구", "Herramientas manuales", "Outils à main", "العدد اليدوية", "Dụng cụ cầm tay")),
      leaf("power-tools", "🪚", L("Power Tools", "电动工具", "Цахилгаан багаж", "Электроинструмент", "電動工具", "전동 공구", "Herramientas eléctricas", "Outils électriques", "العدد الكهربائية", "Dụng cụ điện")),
      leaf("fasteners", "🔩", L("Fasteners", "紧固件", "Бэхэлгээний эд анги", "Крепёж", "ネジ・締結部品", "체결 부품", "Tornillería y fijaciones", "Visserie et fixations", "المسامير وأدوات التثبيت", "Bu lông và ốc vít")),
    ],
  },
];
