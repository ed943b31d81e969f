/** The ride's own styles, after the pause's (OVERLAY_CSS): the same look, light and dark. */
export const RIDE_CSS = `
.ride{display:flex;flex-direction:column;gap:12px}
.ride [tabindex="-1"]:focus{outline:none}
.ride-rate,.ride-on,.ride-time-up,.ride-ended,.ride-check{display:flex;flex-direction:column;gap:12px}
.scale label{min-width:44px;justify-content:center;padding:2px 8px}
.ride-clock{font-weight:600}
.ride-bar{height:6px;border-radius:3px;background:#dfe9e5;overflow:hidden}
.ride-bar span{display:block;height:100%;width:0;background:#2f5d50}
.ride-question{font-weight:600}
.answers button{flex:1 1 30%}
@media (prefers-color-scheme:dark){.ride-bar{background:#33413f}.ride-bar span{background:#9fd1bf}}
`;
