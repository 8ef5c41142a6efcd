import type { ModuleMessages } from '../../i18n/messages.ts';

export const printingMessages: ModuleMessages = {
  'zh-CN': {
    'printing.job_not_found': '找不到该打印任务（只有发起人可以查看）。',
    'printing.not_ready': '打印文件尚未生成（当前状态：{state}）。',
    'printing.unknown_kind': '无法打印“{kind}”类记录。',
    'printing.param_missing': '缺少打印参数“{name}”。',
    'printing.param_invalid': '打印参数“{name}”格式不正确（应为 {rule}）。',
    'printing.param_unknown': '此类记录没有打印参数“{name}”。',
    'printing.chromium_missing': '服务器未安装用于生成 PDF 的 Chromium 浏览器（{path}），请联系管理员安装 chromium 或设置 YRD_CHROMIUM_PATH。',
    'printing.failed': '生成 PDF 失败，请稍后重试。',
    'printing.format_unsupported': '“{kind}”类记录不能生成 {format} 格式（可用格式见接口文档）。',
  },
  en: {
    'printing.job_not_found': 'The print job was not found (only the person who started it can see it).',
    'printing.not_ready': 'The PDF is not ready yet (state: {state}).',
    'printing.unknown_kind': 'Records of kind "{kind}" cannot be printed.',
    'printing.param_missing': 'The print parameter "{name}" is missing.',
    'printing.param_invalid': 'The print parameter "{name}" is not valid (expected {rule}).',
    'printing.param_unknown': 'This kind of record has no print parameter "{name}".',
    'printing.chromium_missing': 'The Chromium browser that makes PDFs is not installed on the server ({path}); ask an administrator to install chromium or set YRD_CHROMIUM_PATH.',
    'printing.failed': 'The PDF could not be made; try again later.',
    'printing.format_unsupported': 'Records of kind "{kind}" cannot be made as {format} (the API documentation lists the formats).',
  },
};
