import{q as O,s as z,r as $,v as G,ac as F,j as t,D as M,E as c,G as U,H as P,K as j,a7 as v,ad as K,ae as V,af as w,ag as D,u as W,S as A,T as C,b as Q,m as _,n as H,C as N,d as X,f as Z,e as q,k as J}from"./index-Db5iP3mz.js";import{u as Y}from"./useQuery-DP6gxJKk.js";import{u as rr}from"./useMutation-DoE574c7.js";import{a as S,c as I,S as B,d as f}from"./security_service_pb-dj_8-7ip.js";import{d as er,e as ar,P as tr}from"./FormParts-DBU6c9kP.js";import{F as nr,D as or,b as ir,c as g}from"./Tables-BgDHNTiI.js";import{a as sr}from"./reports-BOiFW2eN.js";import{r as lr,w as dr}from"./format-qmuktWDy.js";import"./vulnerability_pb-BVJ7bnB8.js";import"./duration_pb-Bl6siAz4.js";import"./MenuItem-DkLuMy7_.js";function cr(e){return O("MuiLinearProgress",e)}z("MuiLinearProgress",["root","colorPrimary","colorSecondary","determinate","indeterminate","buffer","query","dashed","dashedColorPrimary","dashedColorSecondary","bar","bar1","bar2","barColorPrimary","barColorSecondary","bar1Indeterminate","bar1Determinate","bar1Buffer","bar2Indeterminate","bar2Buffer"]);const k=4,L=D`
  0% {
    left: -35%;
    right: 100%;
  }

  60% {
    left: 100%;
    right: -90%;
  }

  100% {
    left: 100%;
    right: -90%;
  }
`,ur=typeof L!="string"?w`
        animation: ${L} 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite;
      `:null,R=D`
  0% {
    left: -200%;
    right: 100%;
  }

  60% {
    left: 107%;
    right: -8%;
  }

  100% {
    left: 107%;
    right: -8%;
  }
`,pr=typeof R!="string"?w`
        animation: ${R} 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) 1.15s infinite;
      `:null,T=D`
  0% {
    opacity: 1;
    background-position: 0 -23px;
  }

  60% {
    opacity: 0;
    background-position: 0 -23px;
  }

  100% {
    opacity: 1;
    background-position: -200px -23px;
  }
`,mr=typeof T!="string"?w`
        animation: ${T} 3s infinite linear;
      `:null,fr=e=>{const{classes:r,variant:a,color:i}=e,u={root:["root",`color${c(i)}`,a],dashed:["dashed",`dashedColor${c(i)}`],bar1:["bar","bar1",`barColor${c(i)}`,(a==="indeterminate"||a==="query")&&"bar1Indeterminate",a==="determinate"&&"bar1Determinate",a==="buffer"&&"bar1Buffer"],bar2:["bar","bar2",a!=="buffer"&&`barColor${c(i)}`,a==="buffer"&&`color${c(i)}`,(a==="indeterminate"||a==="query")&&"bar2Indeterminate",a==="buffer"&&"bar2Buffer"]};return U(u,cr,r)},E=(e,r)=>e.vars?e.vars.palette.LinearProgress[`${r}Bg`]:e.palette.mode==="light"?K(e.palette[r].main,.62):V(e.palette[r].main,.5),br=P("span",{name:"MuiLinearProgress",slot:"Root",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.root,r[`color${c(a.color)}`],r[a.variant]]}})(j(({theme:e})=>({position:"relative",overflow:"hidden",display:"block",height:4,zIndex:0,"@media print":{colorAdjust:"exact"},variants:[...Object.entries(e.palette).filter(v()).map(([r])=>({props:{color:r},style:{backgroundColor:E(e,r)}})),{props:({ownerState:r})=>r.color==="inherit"&&r.variant!=="buffer",style:{"&::before":{content:'""',position:"absolute",left:0,top:0,right:0,bottom:0,backgroundColor:"currentColor",opacity:.3}}},{props:{variant:"buffer"},style:{backgroundColor:"transparent"}},{props:{variant:"query"},style:{transform:"rotate(180deg)"}}]}))),gr=P("span",{name:"MuiLinearProgress",slot:"Dashed",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.dashed,r[`dashedColor${c(a.color)}`]]}})(j(({theme:e})=>({position:"absolute",marginTop:0,height:"100%",width:"100%",backgroundSize:"10px 10px",backgroundPosition:"0 -23px",variants:[{props:{color:"inherit"},style:{opacity:.3,backgroundImage:"radial-gradient(currentColor 0%, currentColor 16%, transparent 42%)"}},...Object.entries(e.palette).filter(v()).map(([r])=>{const a=E(e,r);return{props:{color:r},style:{backgroundImage:`radial-gradient(${a} 0%, ${a} 16%, transparent 42%)`}}})]})),mr||{animation:`${T} 3s infinite linear`}),vr=P("span",{name:"MuiLinearProgress",slot:"Bar1",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.bar,r.bar1,r[`barColor${c(a.color)}`],(a.variant==="indeterminate"||a.variant==="query")&&r.bar1Indeterminate,a.variant==="determinate"&&r.bar1Determinate,a.variant==="buffer"&&r.bar1Buffer]}})(j(({theme:e})=>({width:"100%",position:"absolute",left:0,bottom:0,top:0,transition:"transform 0.2s linear",transformOrigin:"left",variants:[{props:{color:"inherit"},style:{backgroundColor:"currentColor"}},...Object.entries(e.palette).filter(v()).map(([r])=>({props:{color:r},style:{backgroundColor:(e.vars||e).palette[r].main}})),{props:{variant:"determinate"},style:{transition:`transform .${k}s linear`}},{props:{variant:"buffer"},style:{zIndex:1,transition:`transform .${k}s linear`}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:{width:"auto"}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:ur||{animation:`${L} 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite`}}]}))),hr=P("span",{name:"MuiLinearProgress",slot:"Bar2",overridesResolver:(e,r)=>{const{ownerState:a}=e;return[r.bar,r.bar2,r[`barColor${c(a.color)}`],(a.variant==="indeterminate"||a.variant==="query")&&r.bar2Indeterminate,a.variant==="buffer"&&r.bar2Buffer]}})(j(({theme:e})=>({width:"100%",position:"absolute",left:0,bottom:0,top:0,transition:"transform 0.2s linear",transformOrigin:"left",variants:[...Object.entries(e.palette).filter(v()).map(([r])=>({props:{color:r},style:{"--LinearProgressBar2-barColor":(e.vars||e).palette[r].main}})),{props:({ownerState:r})=>r.variant!=="buffer"&&r.color!=="inherit",style:{backgroundColor:"var(--LinearProgressBar2-barColor, currentColor)"}},{props:({ownerState:r})=>r.variant!=="buffer"&&r.color==="inherit",style:{backgroundColor:"currentColor"}},{props:{color:"inherit"},style:{opacity:.3}},...Object.entries(e.palette).filter(v()).map(([r])=>({props:{color:r,variant:"buffer"},style:{backgroundColor:E(e,r),transition:`transform .${k}s linear`}})),{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:{width:"auto"}},{props:({ownerState:r})=>r.variant==="indeterminate"||r.variant==="query",style:pr||{animation:`${R} 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) 1.15s infinite`}}]}))),yr=$.forwardRef(function(r,a){const i=G({props:r,name:"MuiLinearProgress"}),{className:u,color:s="primary",value:l,valueBuffer:b,variant:d="indeterminate",...h}=i,n={...i,color:s,variant:d},p=fr(n),o=F(),y={},x={bar1:{},bar2:{}};if((d==="determinate"||d==="buffer")&&l!==void 0){y["aria-valuenow"]=Math.round(l),y["aria-valuemin"]=0,y["aria-valuemax"]=100;let m=l-100;o&&(m=-m),x.bar1.transform=`translateX(${m}%)`}if(d==="buffer"&&b!==void 0){let m=(b||0)-100;o&&(m=-m),x.bar2.transform=`translateX(${m}%)`}return t.jsxs(br,{className:M(p.root,u),ownerState:n,role:"progressbar",...y,ref:a,...h,children:[d==="buffer"?t.jsx(gr,{className:p.dashed,ownerState:n}):null,t.jsx(vr,{className:p.bar1,ownerState:n,style:x.bar1}),d==="determinate"?null:t.jsx(hr,{className:p.bar2,ownerState:n,style:x.bar2})]})}),xr={[f.RECEIVING]:"receiving",[f.PARSING]:"parsing",[f.DEDUPLICATING]:"deduplicating",[f.STORING]:"storing",[f.EVALUATING_GATE]:"evaluating the gate",[f.COMPLETED]:"completed",[f.FAILED]:"failed"},Cr={[S.PASS]:["Pass","success"],[S.WARN]:["Warn","warning"],[S.FAIL]:["Fail","error"]};function Pr({scan:e}){const r=Z(),[a,i]=$.useState();$.useEffect(()=>{const l=new AbortController;return(async()=>{try{for await(const b of q(B).watchScan({id:e.id},{signal:l.signal}))i(b.progress)}catch{}l.signal.aborted||r.invalidateQueries({queryKey:["scans"]})})(),()=>l.abort()},[e.id,r]);const u=Number((a==null?void 0:a.findingsStored)??0n),s=Number((a==null?void 0:a.findingsDistinct)??0n);return t.jsxs(A,{spacing:.5,sx:{minWidth:160},children:[t.jsx(C,{variant:"caption",children:a?xr[a.phase]??"working":"starting"}),t.jsx(yr,{"aria-label":`Progress of the ${e.tool||"scan"} upload`,variant:s>0?"determinate":"indeterminate",value:s>0?100*u/s:void 0})]})}function jr({scan:e}){if(e.status===I.RECEIVING||e.status===I.PROCESSING)return t.jsx(Pr,{scan:e});if(e.status===I.FAILED)return t.jsx(N,{size:"small",color:"error",label:`Refused: ${e.error}`});const r=e.summary;return t.jsx("span",{children:r?`${r.new} new, ${r.updated} seen again, ${r.reopened} reopened, ${r.resolved} resolved`:"—"})}function Nr(){var d,h;const[e,r]=W(),a=e.get("repository")??"",i=er(a),u=i.token,s=Y({queryKey:["scans",a,u],queryFn:()=>q(B).listScans({repositoryId:a,pageSize:tr,pageToken:u}),placeholderData:J}),l=rr({mutationFn:sr}),b=s.error??l.error;return t.jsxs(A,{spacing:2,children:[t.jsx(C,{variant:"h4",component:"h1",children:"Scans"}),t.jsx(nr,{error:b}),t.jsx(Q,{size:"small",label:"Repository",value:a,onChange:n=>r(n.target.value?{repository:n.target.value}:{}),sx:{maxWidth:320}}),t.jsx(or,{label:"Scans",columns:["When","Where","Tool","Outcome","Gate","Report"],children:(d=s.data)==null?void 0:d.scans.map(n=>{const p=n.gate?Cr[n.gate.verdict]:void 0,o=n.scope;return t.jsxs(ir,{hover:!0,children:[t.jsx(g,{title:dr(n.createTime),children:lr(n.createTime)}),t.jsxs(g,{children:[t.jsxs(_,{component:H,to:`/vulnerabilities?repository=${encodeURIComponent((o==null?void 0:o.repositoryId)??"")}&branch=${encodeURIComponent((o==null?void 0:o.branch)??"")}`,children:[o==null?void 0:o.repositoryId," @ ",o==null?void 0:o.branch]}),(o==null?void 0:o.commitSha)&&t.jsx(C,{variant:"caption",component:"div",children:o.commitSha.slice(0,12)})]}),t.jsx(g,{children:n.tool||n.format}),t.jsx(g,{children:t.jsx(jr,{scan:n})}),t.jsx(g,{children:p?t.jsx(N,{size:"small",label:p[0],color:p[1]}):"—"}),t.jsx(g,{children:n.reportKept?t.jsx(X,{size:"small",disabled:l.isPending,"aria-label":`Download the ${n.tool||"scan"} report as uploaded`,onClick:()=>l.mutate(n),children:"Download"}):"—"})]},n.id)})}),s.data&&s.data.scans.length===0&&t.jsx(C,{children:"No scans yet: upload a report with `secureflow scan upload`."}),t.jsx(ar,{pages:i,nextPageToken:(h=s.data)==null?void 0:h.nextPageToken})]})}export{Nr as default};
