// The popup's Reframe tab loads the barometer check only when it is asked for (tests/build/
// size.test.ts counts parts named *OnTap as loaded on a tap, not when the popup opens).
export { BarometerCheck } from '../newtab/BarometerCheck';
