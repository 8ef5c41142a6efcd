import type { ModuleMessages } from '../../i18n/messages.ts';

export const regionMessages: ModuleMessages = {
  'zh-CN': {
    'region.member_not_found': '找不到成员方 {code}。',
    'region.city_not_found': '找不到城市 {code}。',
    'region.body_not_found': '找不到机构 {code}。',
    'region.unknown_member': '成员方代码 {code} 不存在。',
    'region.unknown_body': '机构代码 {code} 不存在。',
    'region.body_not_of_member': '机构 {code} 不属于成员方 {memberCode}。',
  },
  en: {
    'region.member_not_found': 'Member {code} was not found.',
    'region.city_not_found': 'City {code} was not found.',
    'region.body_not_found': 'Body {code} was not found.',
    'region.unknown_member': 'There is no member with code {code}.',
    'region.unknown_body': 'There is no body with code {code}.',
    'region.body_not_of_member': 'Body {code} does not belong to member {memberCode}.',
  },
};
