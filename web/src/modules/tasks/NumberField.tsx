import { InputNumber, type InputNumberProps } from 'antd';

/**
 * InputNumber with its test id on a wrapper rather than on the <input>:
 * tests address the field (`getByTestId(id).locator('input')`), as they do
 * for selects. Form.Item's value/onChange pass straight through.
 */
export function NumberField({ testId, ...props }: InputNumberProps<number> & { testId: string }) {
  return (
    <span data-testid={testId} style={{ display: props.style?.width === '100%' ? 'block' : 'inline-block' }}>
      <InputNumber<number> {...props} />
    </span>
  );
}
