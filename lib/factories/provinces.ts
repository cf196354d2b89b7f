// China's provincial-level divisions where factories sign up. The key (pinyin, as the catalogue and
// its province filter store it) and the Chinese name; a proper noun, shown as is in every locale.
export const provinces = [
  ["Beijing", "北京"], ["Tianjin", "天津"], ["Hebei", "河北"], ["Shanxi", "山西"], ["Inner Mongolia", "内蒙古"],
  ["Liaoning", "辽宁"], ["Jilin", "吉林"], ["Heilongjiang", "黑龙江"], ["Shanghai", "上海"], ["Jiangsu", "江苏"],
  ["Zhejiang", "浙江"], ["Anhui", "安徽"], ["Fujian", "福建"], ["Jiangxi", "江西"], ["Shandong", "山东"],
  ["Henan", "河南"], ["Hubei", "湖北"], ["Hunan", "湖南"], ["Guangdong", "广东"], ["Guangxi", "广西"],
  ["Hainan", "海南"], ["Chongqing", "重庆"], ["Sichuan", "四川"], ["Guizhou", "贵州"], ["Yunnan", "云南"],
  ["Tibet", "西藏"], ["Shaanxi", "陕西"], ["Gansu", "甘肃"], ["Qinghai", "青海"], ["Ningxia", "宁夏"],
  ["Xinjiang", "新疆"], ["Hong Kong", "香港"], ["Macau", "澳门"],
] as const;

export type ProvinceKey = (typeof provinces)[number][0];
export const provinceKeys = provinces.map(([key]) => key) as [ProvinceKey, ...ProvinceKey[]];

/** "浙江" for Chinese pages, "Zhejiang · 浙江" elsewhere. */
export const provinceLabel = (key: string, locale: string) => {
  const zh = provinces.find(([k]) => k === key)?.[1];
  if (!zh) return key;
  return locale === "zh" ? zh : `${key} · ${zh}`;
};
