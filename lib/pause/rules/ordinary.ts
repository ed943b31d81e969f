/**
 * Context that makes a worried-sounding phrase ordinary: laughter ("are you mad?? lol"),
 * excitement ("are you mad?? that's amazing"), and the things of work and daily plans ("is the
 * meeting at 3", "never mind, found the file"). Each kind found takes weight off the signs;
 * together they take off at most ORDINARY_CAP, so that "are you mad at me? you left dinner
 * early" (a strong sign, weight 2) still pauses while "are you mad about the score lol" does not.
 */
export const ORDINARY_CAP = 1;

const LAUGH =
  /(?<![\p{L}])(?:lol|lmao|lmfao|rofl|ha(?:ha)+h?|he(?:he)+|ja(?:ja)+j?|je(?:je)+|ji(?:ji)+|js(?:js)+j?|xd+|jk)(?![\p{L}])|[😂🤣😆😹😜😝🙃]/u;

const EXCITED =
  /(?<![\p{L}])(?:amazing|awesome|congrats|congratulations|no way|insane|incredible|unreal|so proud|so happy|yay|woo+|hell yes|lets go|genial|increible|felicidades|felicitaciones|enhorabuena|que bien|que emocion|brutal|chido|buenisimo|golazo|no lo puedo creer|que fuerte)(?![\p{L}])|[🎉🥳🔥🙌]/u;

const WORK_AND_PLANS = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      // work
      'meeting|meetings|standup|stand up|sync|agenda|deck|slides?|docs?|documents?|files?|spreadsheet|sheet|reports?|invoices?|pr|prs|ticket|tickets|jira|deploy|deploys|deployment|build|builds|release|deadline|client|clients|customer|vendor|project|proposal|contract|budget|review|approve|approval|branch|repo|server|staging|prod|production|creds|password|wifi|quote|order|shipment|delivery|package|interview|calendar|invite|zoom|teams|thread|channel|attachment|link|form|pdf|presentation|quarter|q[1-4]|manager|boss|office|shift|payroll|email|emails|inbox|survey|figures|numbers|endpoint|query|tests?|pipeline|videollamada|(?:the|a|la|en la|on the|in a|on a) call|address|calle|direccion|ubicacion',
      // Spanish work
      'reunion|junta|archivo|documento|informe|factura|presupuesto|entrega|cliente|proyecto|correo|enlace|propuesta|contrato|plazo|oficina|turno|pedido|paquete|envio|llamada|servidor|reporte|planilla|excel|presentacion|jefe|jefa|equipo|tablero|proveedor|daily|vacante|puesto|acta|contrasena|ticket|deploy',
      // plans and things
      'dinner|lunch|breakfast|brunch|tonight|tomorrow|weekend|keys|charger|milk|groceries|parking|parked|train|bus|flight|tickets?|reservation|table|movie|game|match|score|party|birthday|door|shop|store|recipe|meds',
      'cena|cenar|comida|comer|almuerzo|desayuno|manana|finde|llaves|cargador|leche|pan|super|tren|vuelo|boletos|entradas|reserva|mesa|peli|partido|fiesta|cumple|arbitro|receta|coche|carro|auto|taxi',
    ].join('|') +
    ')(?![\\p{L}])|\\d{1,2}(?::\\d\\d)? ?(?:am|pm|h)(?![\\p{L}])|(?:at|a las) \\d',
  'u',
);

/** A warm wish or an ordinary follow-up ("oh and…", "one more thing"). */
const WARM_OR_FOLLOW_UP =
  /(?<![\p{L}])(?:have a (?:good|great|nice|lovely)|good luck|drive safe|get home safe|enjoy (?:the|your)|one more thing|oh and|and also|also|btw|ps|last one|que tengas (?:un |una )?(?:buen|buena|lind[oa]|bonit[oa]|excelente)|que te vaya bien|buena suerte|que descanses|que disfrutes|maneja con cuidado|otra cosa|ah y|por cierto|se me olvido)(?![\p{L}])/u;

/** How much the ordinary context around the words takes off, from 0 to ORDINARY_CAP. */
export function ordinaryWeight(text: string): number {
  let weight = 0;
  if (LAUGH.test(text)) weight += 0.5;
  if (EXCITED.test(text)) weight += 1;
  if (WORK_AND_PLANS.test(text)) weight += 0.75;
  if (WARM_OR_FOLLOW_UP.test(text)) weight += 0.5;
  if (/!{2,}/.test(text)) weight += 0.5;
  return Math.min(weight, ORDINARY_CAP);
}
