summary = { $span }: UNHCR counts { $unhcr } asylum applications by North Koreans in the UK; the Home Office counts { $main } main applicants, or { $persons } people once their dependants are included.
unhcr-none = UNHCR publishes no figures for { $span }
unknown-settings = { $n ->
    [one] 1 setting in the address was not recognised and was ignored.
   *[other] { $n } settings in the address were not recognised and were ignored.
}
admin-outcomes = { $n ->
    [one] Not shown: 1 administrative outcome (cases made void), which falls in none of the four groups.
   *[other] Not shown: { $n } administrative outcomes (cases made void), which fall in none of the four groups.
}
caption = UNHCR figures, persons, including dependants, { $span }
grant-rate = { $pct }% of decisions were grants
tooltip = { $year }. Applications: { $value }.
reversed = The years in the address were the wrong way round; showing { $from }–{ $to }.
range-note = * A range: the total includes values UNHCR publishes as 5, which stand for any number from 1 to 5.
announce-range = applications from { $low } to { $high }
gap = { $years ->
    [one] The Home Office publishes no figures for { $span }, so the totals leave that year out.
   *[other] The Home Office publishes no figures for { $span }, so the totals leave those years out.
}
downloaded = Downloaded { $file }.
