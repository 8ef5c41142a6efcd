/** 会议与协议的文件。 */
export const documents = {
  documents: {
    title: '文件',
    add: '上传文件',
    none: '暂无文件',
    file: '文件',
    size: '大小',
    uploadedBy: '上传人',
    uploadedAt: '上传时间',
    uploading: '正在上传 {{name}}…',
    uploaded: '已上传 {{name}}',
    remove: '删除文件',
    removeConfirm: '确定删除文件“{{name}}”？此操作会记入审计日志。',
    titlePlaceholder: '文件名称（可选，默认用文件名）',
    hint: '可上传 PDF、Word、Excel、图片或文本文件，单个不超过 20 MB。',
    removed: '已删除 {{name}}',
  },
};
