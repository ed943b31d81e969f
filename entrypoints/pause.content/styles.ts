/**
 * The overlay's styles, inside its shadow root. `all: initial` on the host (important, which
 * wins over the page for a shadow host) stops the page's inherited fonts and colours leaking in;
 * nothing here can leak out.
 */
export const OVERLAY_CSS = `
:host{all:initial!important;position:fixed!important;inset:0!important;z-index:2147483647!important;display:block!important}
*{box-sizing:border-box}
[hidden]{display:none!important}
.backdrop{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;padding:16px;background:rgba(20,28,30,.55);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2a2c}
.dialog{max-width:440px;width:100%;max-height:100%;overflow:auto;background:#fffdf8;border-radius:16px;padding:20px 24px;box-shadow:0 12px 40px rgba(0,0,0,.3);display:flex;flex-direction:column;gap:12px}
.dialog:focus{outline:none}
h2{margin:0;font-size:1.3rem;line-height:1.3}
p,ul{margin:0}
ul{padding-left:1.2em}
.pacer{display:flex;align-items:center;gap:16px}
.circle{flex:none;width:56px;height:56px;border-radius:50%;background:#c9e2d8;border:2px solid #2f5d50;transform:scale(.6)}
.offer{border-left:4px solid #2f5d50;padding:4px 0 4px 12px}
.offer-title{font-weight:600;font-size:.9rem;color:#2f5d50}
.note-text{white-space:pre-wrap;overflow-wrap:anywhere}
.crisis{font-size:.85rem}
a{color:#1f4a3f;display:inline-block;min-height:24px;text-underline-offset:3px}
a:focus-visible{outline:3px solid #b3541e;outline-offset:2px}
.how{display:flex;flex-direction:column;gap:8px}
fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:8px}
legend{font-weight:600;margin-bottom:6px;padding:0}
label{display:inline-flex;align-items:center;gap:6px;min-height:32px;padding:2px 10px;border:1px solid #6b7c7f;border-radius:999px;cursor:pointer}
input{margin:0;width:18px;height:18px;accent-color:#2f5d50}
.actions{display:flex;flex-wrap:wrap;gap:8px}
.actions button{flex:1 1 auto;white-space:nowrap}
.actions .primary,.actions .quiet{flex-basis:100%;white-space:normal}
button{font:inherit;min-height:44px;padding:8px 16px;border-radius:10px;border:2px solid #2f5d50;background:#fff;color:#1f4a3f;cursor:pointer}
button.primary{background:#2f5d50;color:#fff;font-weight:600}
button:focus-visible,input:focus-visible{outline:3px solid #b3541e;outline-offset:2px}
.hint{font-size:.9rem;color:#4a5a5d}
.note{flex-basis:100%}
button.quiet{border-color:transparent;background:transparent;text-decoration:underline;text-underline-offset:3px}
button.small{min-height:24px;padding:2px 0;align-self:flex-start;font-size:.9rem}
button[aria-disabled=true]{opacity:.65;cursor:progress}
.status:empty{margin-top:-12px}
@media (prefers-color-scheme:dark){
.dialog{background:#1e2628;color:#eef3f1}
.circle{background:#2f5d50;border-color:#9fd1bf}
button{background:#1e2628;color:#cfeee2;border-color:#9fd1bf}
button.primary{background:#9fd1bf;color:#10221c}
label{border-color:#8fa3a6}
.hint{color:#b9c7c9}
.offer{border-color:#9fd1bf}
.offer-title,a{color:#9fd1bf}
}
@media (prefers-reduced-motion:reduce){.circle{transform:none!important}}
`;
