/**
 * The 135 columns of the Global Terrorism Database export, in the codebook's order. Only the
 * layout is here; GTD data itself is never part of the project (its terms forbid redistribution).
 */
export const GTD_HEADER =
  `eventid iyear imonth iday approxdate extended resolution country country_txt region region_txt
provstate city latitude longitude specificity vicinity location summary crit1 crit2 crit3 doubtterr alternative
alternative_txt multiple success suicide attacktype1 attacktype1_txt attacktype2 attacktype2_txt attacktype3
attacktype3_txt targtype1 targtype1_txt targsubtype1 targsubtype1_txt corp1 target1 natlty1 natlty1_txt targtype2
targtype2_txt targsubtype2 targsubtype2_txt corp2 target2 natlty2 natlty2_txt targtype3 targtype3_txt targsubtype3
targsubtype3_txt corp3 target3 natlty3 natlty3_txt gname gsubname gname2 gsubname2 gname3 gsubname3 motive
guncertain1 guncertain2 guncertain3 individual nperps nperpcap claimed claimmode claimmode_txt claim2 claimmode2
claimmode2_txt claim3 claimmode3 claimmode3_txt compclaim weaptype1 weaptype1_txt weapsubtype1 weapsubtype1_txt
weaptype2 weaptype2_txt weapsubtype2 weapsubtype2_txt weaptype3 weaptype3_txt weapsubtype3 weapsubtype3_txt weaptype4
weaptype4_txt weapsubtype4 weapsubtype4_txt weapdetail nkill nkillus nkillter nwound nwoundus nwoundte property
propextent propextent_txt propvalue propcomment ishostkid nhostkid nhostkidus nhours ndays divert kidhijcountry ransom
ransomamt ransomamtus ransompaid ransompaidus ransomnote hostkidoutcome hostkidoutcome_txt nreleased addnotes scite1
scite2 scite3 dbsource INT_LOG INT_IDEO INT_MISC INT_ANY related`.split(/\s+/);
