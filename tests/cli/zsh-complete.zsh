# Prints, one per line, the candidates zsh's completion system offers for a command line.
# Usage: zsh -f zsh-complete.zsh COMPLETION_DIR MATCHES_FILE 'orcli chat --ma'
# An interactive zsh runs under a pseudo-terminal (zsh/zpty) with compinit and the completion
# functions in COMPLETION_DIR; compadd is wrapped to record every candidate it is given that
# matches the word being completed, then Tab is pressed after the typed words.
zmodload zsh/zpty || exit 3
local dir=$1 matches=$2 typed=$3
: >| $matches
zpty orcli_z zsh -f -i
zpty -w orcli_z "PS1='> '; fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w orcli_z "compadd() { builtin compadd \"\$@\"; local -a m; builtin compadd -O m \"\$@\"; print -r -l -- \$m >> ${(q)matches} }"
# Tab completes, then shows a marker; nothing more is typed until the marker shows. Markers are
# built when they are printed ("<${:-x}>" prints "<x>"), so the terminal's echo of what was typed
# never matches them.
zpty -w orcli_z 'orcli_tab() { zle complete-word; zle -M "<${:-completed}>" }; zle -N orcli_tab; bindkey "^I" orcli_tab'
zpty -w orcli_z 'print "<${:-ready}>"'
zpty -r orcli_z line '*<ready>*' || exit 4
zpty -w -n orcli_z "$typed"$'\t'
zpty -r orcli_z line '*<completed>*' || exit 5
zpty -d orcli_z
sort -u $matches
