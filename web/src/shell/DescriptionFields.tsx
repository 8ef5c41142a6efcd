import { Flex, Form, Input } from 'antd';

/** The Chinese and English descriptions of a record, side by side (form fields `descriptionZh`, `descriptionEn`). */
export function DescriptionFields({ labelZh, labelEn }: { labelZh: string; labelEn: string }) {
  return (
    <Flex gap={16}>
      <Form.Item name="descriptionZh" label={labelZh} style={{ flex: 1 }}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <Form.Item name="descriptionEn" label={labelEn} style={{ flex: 1 }}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
    </Flex>
  );
}
