import { expect } from '@open-wc/testing';
import { COUNTRY_CODES, namedChoices } from './choices.ts';

// The country list is written compactly (by first letter) to keep it small on the page: it must unfold to
// exactly the ISO 3166-1 alpha-2 list it replaced, written out plainly here.
const ISO_3166_ALPHA_2 = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
  'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM ' +
  'FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT ' +
  'JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN ' +
  'MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT ' +
  'PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL ' +
  'TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

describe('choices', () => {
  it('unfolds the compact country list to every ISO 3166-1 alpha-2 code, in order, once each', () => {
    expect(COUNTRY_CODES).to.deep.equal(ISO_3166_ALPHA_2);
    expect(COUNTRY_CODES).to.have.length(249);
  });

  it('offers every country by its name in the member\'s language', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const choices = namedChoices('country', 'en', (code) => names.of(code) ?? code);
    expect(choices.map((choice) => choice.value).sort()).to.deep.equal(ISO_3166_ALPHA_2);
    expect(choices.find((choice) => choice.value === 'KE')?.label).to.equal('Kenya');
  });
});
