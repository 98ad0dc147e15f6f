// Top-level domains accepted in a URL, from twitter-text's gTLD and ccTLD lists (twitter-text
// 3.1.0, regexp/validGTLD.js and regexp/validCCTLD.js, Apache-2.0; generated from IANA's root
// zone): every country code, ASCII and internationalised (.bd, .বাংলা, .рф), the generic names
// people put in posts (com, shop, cafe, online…) and .みんな, which the conformance suite uses:
// 604 of its 1,574. The rest are mostly brand TLDs (.abarth, .accenture, .ارامكو…) that no small
// business links to; keeping them cost 3 KB gzip of the engine's 25 KB budget. A name not listed
// here is text, not a 23-character URL. Front-coded: each entry is a digit k (characters shared
// with the previous entry, at most 9) followed by the rest of the name.
const DATA =
  '0ac2ademy1d1e2ro1f2rica1g2ency1i1l1m1n1o1partments2p1q1r2t1s2ia1t1u2dio2to1w1x1z0ba2by2r3gains1b1d1e2auty2rlin1f1g1h1i2d2ke2o2z1j1l2og1m1n1o2utique1q1r1s1t1uild2siness2y1v1w1y1z0ca2b2fe2mera2r3ds3e2t1c1d1enter1f1g1h2at2urch1i2ty1k1l2ick3nic2othing3ud2ub1m1n1o2des2ffee2m3munity3pany2nsulting2oking3l3p2urses1r1u1v1w1x1y1z0dance1e2gree2livery2ntal2sign2v1iet2gital2scount1j1k1m1o2g2mains2wnload1z0earth2t1c2o1du3cation1e1g1h1mail1nergy1r1s2tate1t1u1vents1xpert0fans2rm2shion1i2lm2nance2sh2t3ness1j1k1lorist3wers2y1m1o2od2rsale2undation1r2ee1un3d1yi0ga2llery2mes2rden2y1b1d1e1f1g1h1i2fts1l2obal1m2bh1n1old2v1p1q1r2aphics2een2oup1s1t1u2ide2ru1w1y0hair1ealth2lp1k1m1n1oliday2mes2st2use2w1r1t1u0icu1d1e1l1m2mo1n2c2fo2k2stitute3ure2t3ernational1o1q1r1s1t0je2tzt2welry1m1o2bs1p0ke1g1h1i2m2tchen1m1n1p1r1w1y1z0la2nd2t2w3yer1b1c1egal1gbt1i2fe2nk2ve1k1lc1oan2l2ndon2ve1r1s1t2d1u2xe3ury1v1y0ma2nagement2rket6ing1ba1c1d1e2d3ia2me2n3u1f1g1h1iami2l1k1l1m1n1o2bi4le2da2e2m2ney2v3ie1p1q1r1s1t1u2seum1v1w1x1y1z0na2me1c1e2t3work2w3s1f1g2o1i2nja1l1o2w1p1r1u1yc1z0om1ne2g2l3ine1oo1rg3anic0pa2ge2ris3tners2y1e2t1f1g1h2oto5graphy5s1ictures2n3k2zza1k1l2us1m1n1oker2rn1r2ess2o3ductions3perties1s1t1ub1w1y0qa1uest0radio1e2alestate2cipes2d2nt2pair2staurant2views1ich2p1o2cks1s1u2n1w0sa2le3on1b1c2hool1d1e2rvices2x1g1h2oes3p3w1i2te1j1k2i2y1l1m2ile1n1o2ccer3ial2ftware2lar3utions2y1pace2ort1r2l1s1t2orage4e2udio2yle1u2pport2rf1v1wiss1x1y2stems1z0tab2ttoo2x3i1c1d1eam2ch2l1f1g1h2eater1ickets2enda2ps1j1k1l1m1n1o2day2kyo2ols2p2urs1p1r2ade3ining3vel1t1ube1v1w1z0ua1g1k1m1no1s1y1z0va1c1e2gas2ntures2t1g1i2deo2p2sion1n1ote2yage1u0watch1ebsite2d3ding1f1iki2n3e1ork4s3ld2w1s1tf0xin1xx1yz0ye1oga1t0za1ip1m1one1w0ελ1υ0бг1ел0ею0мкд1он0рф0срб0укр0қаз0հայ0الاردن2بحرين2جزائر2سعودية2مغرب1مارات1یران0بارت1ھارت0تونس0سودان2رية0عراق1مان0فلسطين0قطر0مصر1ليسيا1وريتانيا0پاکستان0ڀارت0भारत4म्3ोत0বাংলা0ভারত2ৰত0ਭਾਰਤ0ભારત0ଭାରତ0இந்தியா1லங்கை0சிங்கப்பூர்0భారత్0ಭಾರತ0ഭാരതം0ලංකා0ไทย0ລາວ0გე0みんな0中国1國0台湾1灣0新加坡0澳門0香港0한국';

let set: Set<string> | undefined;
/** Longest TLD, in UTF-16 code units. */
export const MAX_TLD_LENGTH = 18;

export function tldSet(): Set<string> {
  if (set) return set;
  set = new Set();
  let prev = '';
  let i = 0;
  while (i < DATA.length) {
    const k = DATA.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < DATA.length) {
      const c = DATA.charCodeAt(j);
      if (c >= 48 && c <= 57) break;
      j++;
    }
    prev = prev.slice(0, k) + DATA.slice(i + 1, j);
    set.add(prev);
    i = j;
  }
  return set;
}
