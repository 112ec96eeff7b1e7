# bash completion for retorno: subcommands, flags, schema names.
_retorno() {
  local cur prev cmd
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  cmd=${COMP_WORDS[1]}
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "ingest dedupe segment schedule-attempts report --help --version" -- "$cur"))
    return
  fi
  case $prev in
    --schema)
      local dirs names
      dirs="${RETORNO_SCHEMAS//:/ } /usr/share/retorno/schemas /usr/local/share/retorno/schemas"
      names=$(for d in $dirs; do ls "$d" 2>/dev/null; done | sed -n 's/\.csv$//p' | sort -u)
      COMPREPLY=($(compgen -W "raw $names" -- "$cur")); return ;;
    --country) COMPREPLY=($(compgen -W "MX CO" -- "$cur")); return ;;
    --lang) COMPREPLY=($(compgen -W "es en" -- "$cur")); return ;;
    --encoding) COMPREPLY=($(compgen -W "utf-8 utf-8-bom utf-16le utf-16be windows-1252 latin-1" -- "$cur")); return ;;
    --delimiter) COMPREPLY=($(compgen -W ", ; tab |" -- "$cur")); return ;;
    --period) COMPREPLY=($(compgen -W "week month" -- "$cur")); return ;;
    --by) COMPREPLY=($(compgen -W "agent segment branch" -- "$cur")); return ;;
    --format) COMPREPLY=($(compgen -W "csv html" -- "$cur")); return ;;
    --calendar) COMPREPLY=($(compgen -W "MX CO" -- "$cur")); return ;;
    -o|--output|--rejects) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [[ $cur == -* ]]; then
    local flags="-o --output --as-of --quiet --lang --excel --branch --help"
    case $cmd in
      ingest) flags="$flags --schema --rejects --country --encoding --delimiter --max-reject-rate" ;;
      report) flags="$flags --log --list --appointments --vehicles --services --leads --targets --period --by
        --calendar --format --rejects --max-reject-rate" ;;
    esac
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -F _retorno retorno
