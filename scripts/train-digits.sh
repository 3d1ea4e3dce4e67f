#!/usr/bin/env bash
# Rebuilds the Thai digit model src/DocIngest.Ocr/Digits/Model/thai-digits.zip from the fonts on this machine
# and prints the held-apart / leave-one-family-out figures (see docs/digits.md).
#   scripts/train-digits.sh [train] [--leave-out "Laksaman,Noto Sans Thai"] [...]   train (default)
#   scripts/train-digits.sh evaluate [--lines 60]                                    end-to-end digit accuracy
# Needs: imagemagick, fonts-thai-tlwg, fonts-noto-core, fonts-sipa-arundina, tesseract-ocr-tha (for evaluate).
# Runs DigitTraining.Run through `docingest train-digits` once the CLI has it, else through a throwaway console project.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export OMP_THREAD_LIMIT=1

if grep -rqs "train-digits" src/DocIngest.Cli/*.cs; then
  exec dotnet run -c Release --project src/DocIngest.Cli -- train-digits "$@"
fi

runner="$(mktemp -d)"
trap 'rm -rf "$runner"' EXIT
cat > "$runner/TrainDigits.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/DocIngest.Ocr/DocIngest.Ocr.csproj" />
  </ItemGroup>
</Project>
XML
echo 'return DocIngest.Ocr.Digits.DigitTraining.Run(args, Console.Out);' > "$runner/Program.cs"
dotnet run -c Release --project "$runner/TrainDigits.csproj" -- "$@"
