import { h } from '../../html/jsx';
import { Flash } from '../../http/flash';

export function FlashMessage(props: { flash: Flash }) {
  return (
    <div class={`flash flash-${props.flash.kind}`} role={props.flash.kind === 'error' ? 'alert' : 'status'}>
      {props.flash.text}
    </div>
  );
}
