/** Printing single records as PDF (background job with progress). */
export const printing = {
  printing: {
    button: '打印 PDF',
    supervisionSheet: '打印督办单',
    title: '生成 PDF',
    state: {
      queued: '排队中…',
      loading: '正在读取记录…',
      rendering: '正在排版生成 PDF…',
      done: 'PDF 已生成，正在下载',
      failed: '生成失败',
    },
    docx: {
      title: '生成 Word 文件',
      rendering: '正在排版生成 Word 文件…',
      done: 'Word 文件已生成，正在下载',
    },
    downloaded: '已下载：{{name}}',
    close: '关闭',
    retry: '重新下载',
  },
};
