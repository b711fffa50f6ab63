@echo off
rem Launcher for the Claimant command line on Windows, the twin of bin/claimant. It works from any
rem folder, because lib\ is found relative to this file's own location (%~dp0).
rem
rem   JAVA_HOME   Java 17 or later to use; otherwise java from PATH.
rem   JAVA_OPTS   extra JVM options, placed after the defaults so that they win
rem               (e.g. set JAVA_OPTS=-Xmx4g for very large batches with many threads).
rem
rem To run it as "claimant" from any folder, add this bin folder to PATH (see the README).

setlocal
set "CLAIMANT_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java"
)
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo claimant: cannot find Java ^(%JAVA_EXE%^); install Java 17 or later, or set JAVA_HOME 1>&2
  exit /b 3
)

rem JAVA_OPTS is left unquoted on purpose, so that it can carry several options.
"%JAVA_EXE%" -Xmx2g %JAVA_OPTS% -cp "%CLAIMANT_HOME%\lib\*" io.claimant.cli.ClaimantCli %*
exit /b %ERRORLEVEL%
